package ingest

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strconv"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"

	"github.com/briefwright/briefwright/assets"
)

// bulletin is the text of a two-column council bulletin. Each entry is a
// paragraph; one given as lines is set with exactly those line breaks,
// to put hyphens at the ends of lines.
var bulletin = []any{
	"Harbour councillors approved the 2025 budget in the early hours of Thursday, 13 March 2025, after a debate that lasted more than nine hours and ended with a vote of eleven to six.",
	"The budget raises spending on the harbour walls by a fifth and freezes the fees paid by the fishing fleet for a second year. It also sets aside money for a study of the old fish market, which has stood empty since the autumn of 2022.",
	"“We will not sign a contract we cannot afford, however long the night,” said Mayor Ingrid Halvorsen as the debate opened. She told councillors that the harbour could not wait another winter for repairs to the northern breakwater.",
	[]string{
		"The opposition leader, Piotr Nowak,",
		"asked for the harbour master’s infor-",
		"mation office to publish the tender",
		"documents before any contract is",
		"signed. The office, run by a well-",
		"known local historian, will reopen in",
		"April. Councillors also ap-",
		"proved a long-term plan for the fish",
		"market, which Nowak called a “self-",
		"evident” choice and a “twenty-",
		"year promise”.",
	},
	"“The fishing families have carried this harbour for a century, and tonight we have asked them to carry it a little longer,” Nowak said after the vote. He added that his group would hold public meetings in every ward before the summer.",
	"Finance officer Amara Diallo told the meeting that the council’s reserves would fall to their lowest level since 2011 if the breakwater repairs ran over budget. She recommended that the council seek a loan from the regional development bank rather than raise harbour fees again.",
	"The repairs are expected to begin in May and to take eighteen months. During the works, larger vessels will be directed to the southern quay, and the ferry to the islands will leave from a temporary berth near the lifeboat station.",
	"Residents of the harbour streets have asked for the works to pause during the summer festival. “We understand the repairs are needed, but the festival is when the town earns its living,” said Lena Sørensen, who chairs the harbour traders’ association.",
	"The council will publish the full budget papers on its notice boards next week. A public inquiry into the cost of the breakwater, promised by the mayor in January, has not yet been scheduled, and no date has been set for the study of the fish market.",
	"Councillors will meet again on 10 April 2025 to appoint the members of the harbour works committee. The meeting is open to the public, and residents may submit written questions until 3 April.",
	"Questions about the works may be sent to the harbour office, which keeps a register of every complaint and the answer given to it. The register will be published each month while the works last.",
	"The council thanked the lifeboat crew, the harbour pilots and the staff of the ferry company for their patience during the long night of debate, and for keeping the harbour open while it lasted.",
}

// bulletinPDF sets the bulletin as gofpdf does: two columns of an
// embedded TrueType font (Identity-H with a ToUnicode map), a running
// header and "- N -" page numbers in a standard font, and a title the
// metadata does not give (it names a word-processor file instead).
func bulletinPDF(t testing.TB) []byte { return longBulletinPDF(t, 1) }

// longBulletinPDF sets the bulletin's text the given number of times.
func longBulletinPDF(t testing.TB, times int) []byte {
	f := gofpdf.New("P", "pt", "A5", "")
	f.SetCompression(true)
	f.AddUTF8FontFromBytes("serif", "", assets.SerifRegular)
	f.SetTitle("Microsoft Word - bulletin.docx", true)
	f.SetAuthor("Jonas Berg", true)
	f.SetCreationDate(time.Date(2025, 3, 14, 8, 0, 0, 0, time.UTC))
	f.SetAutoPageBreak(false, 0)
	f.SetHeaderFunc(func() {
		f.SetFont("Helvetica", "", 7)
		f.Text(38, 30, "Harbour Council Bulletin  -  Issue 12, March 2025")
	})
	f.SetFooterFunc(func() {
		f.SetFont("Helvetica", "", 7)
		f.Text(200, 575, "- "+strconv.Itoa(f.PageNo())+" -")
	})
	f.AddPage()
	f.SetFont("Helvetica", "B", 16)
	f.Text(38, 70, "Council backs harbour budget")
	f.Text(38, 90, "after long night")
	f.SetFont("Helvetica", "", 9)
	f.Text(38, 110, "By Jonas Berg, 14 March 2025")

	const x0, lead, colW, gap, top, bottom = 38.0, 12.5, 160.0, 24.0, 60.0, 545.0
	const firstTop = 135.0
	f.SetFont("serif", "", 9)
	col, y := 0, firstTop
	next := func() {
		y += lead
		if y > bottom {
			col++
			y = top
			if col == 2 {
				f.AddPage()
				f.SetFont("serif", "", 9)
				col = 0
			} else if f.PageNo() == 1 {
				y = firstTop
			}
		}
	}
	for i := range times * len(bulletin) {
		p := bulletin[i%len(bulletin)]
		var lines []string
		switch p := p.(type) {
		case string:
			lines = f.SplitText(p, colW)
		case []string:
			lines = p
		}
		for _, l := range lines {
			f.Text(x0+float64(col)*(colW+gap), y, l)
			next()
		}
		y += 6 // space between paragraphs
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// scannedPDF is what a scanner writes: pages that are only an image.
func scannedPDF(t testing.TB) []byte {
	img := image.NewGray(image.Rect(0, 0, 60, 80))
	for i := range img.Pix {
		img.Pix[i] = uint8(200 + i%40)
	}
	img.Set(10, 10, color.Black)
	var pb bytes.Buffer
	png.Encode(&pb, img)
	f := gofpdf.New("P", "pt", "A4", "")
	f.RegisterImageOptionsReader("scan", gofpdf.ImageOptions{ImageType: "PNG"}, &pb)
	for range 2 {
		f.AddPage()
		f.ImageOptions("scan", 0, 0, 595, 842, false, gofpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
