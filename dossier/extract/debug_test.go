package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugMentions(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	d := newDoc(string(b), Meta{})
	d.actors = findActors(d)
	for _, m := range d.mentions {
		name := ""
		if m.actor >= 0 {
			name = d.actors[m.actor].Name
		}
		fmt.Printf("%q kind=%s title=%q -> %q\n", m.name, m.kind, m.title, name)
	}
}
