// Named days and periods: holidays of more than one word ("New Year's
// Eve", "Yom Kippur", "the Fourth of July"), days named "<word> Day"
// ("May Day", "Presidents' Day"), weekdays a holiday names ("Good
// Friday", "Super Tuesday"), and the times of day a word names ("sunset",
// "overnight").

package extract

import "strings"

// namedHolidays are holidays of two or more words, each written with "_"
// between its words, lower-case; a curly apostrophe is read as a straight
// one.
var namedHolidays = func() map[string][][]string {
	m := map[string][][]string{}
	for w := range wordSet("namedHolidays") {
		parts := strings.Split(w, "_")
		m[parts[0]] = append(m[parts[0]], parts)
	}
	return m
}()

// dayNameWords name a day with "Day" after them ("May Day", "Canada
// Day"); alone they are other things, so they are not holidays.
var dayNameWords = wordSet("dayNameWords")

// weekdayHolidays name a holiday with a weekday after them ("Good
// Friday", "Super Tuesday", "Black Friday"): the weekday is not last week's.
var weekdayHolidays = wordSet("weekdayHolidays")

// holidayTails carry a holiday on to the days around it ("the Easter
// weekend", "the Christmas holidays", "Thanksgiving break").
var holidayTails = wordSet("holidayTails")

// dayTimeWords are the times of day the sun names ("sunset Monday", "at
// dawn on Tuesday").
var dayTimeWords = wordSet("dayTimeWords")

// namedDayAt parses a named day or holiday at token i, with what carries
// it on ("Memorial Day weekend"); it returns the token after it.
func (d *doc) namedDayAt(i int) (int, bool) {
	t := d.toks
	if !t[i].cap && d.low(i) != "election" && d.low(i) != "bank" {
		return 0, false
	}
	same := func(k int) bool { return k < len(t) && t[k].sent == t[i].sent }
	lw := d.low(i)
	end := 0
	for _, parts := range namedHolidays[strings.ReplaceAll(lw, "’", "'")] {
		k := i + 1
		for _, p := range parts[1:] {
			if !same(k) || strings.ReplaceAll(d.low(k), "’", "'") != p {
				break
			}
			k++
		}
		if k-i == len(parts) && k > end {
			end = k
		}
	}
	if end == 0 && same(i+1) {
		nw := d.low(i + 1)
		k := i + 1
		// "Presidents' Day"
		if (nw == "'" || nw == "’") && same(k+1) && t[k].start == t[i].end {
			k++
			nw = d.low(k)
		}
		switch {
		case (nw == "day" || nw == "eve") && (t[k].cap || lw == "election") && (dayNameWords[lw] || d.dateClass(i)&dHoliday != 0):
			end = k + 1
		case d.dateClass(i)&dSoloHoliday != 0 && holidayTails[nw]:
			// "the Christmas holidays", "Thanksgiving weekend"
			end = k + 1
		case lw == "election" && nw == "night":
			end = k + 1
		case t[k].cap && weekdayHolidays[lw] && isWeekday(nw):
			end = k + 1
		}
	}
	if end == 0 {
		return 0, false
	}

	// "the Easter weekend", "bank holiday Monday", "New Year's Day"
	if same(end) {
		if holidayTails[d.low(end)] || lw == "bank" && isWeekday(d.low(end)) && t[end].cap {
			end++
		} else if (d.low(end) == "day" || d.low(end) == "eve") && t[end].cap {
			end++
		}
	}
	// "the Good Friday Agreement", "the New Year's Honours": a name that
	// goes on is a thing named after the day.
	if same(end) && t[end].cap && t[end].word && !isWeekday(d.low(end)) && monthNames[d.low(end)] == 0 {
		return 0, false
	}
	return end, true
}

// dayTimeAt reads a time of day the sun names at token i ("sunset",
// "dawn") when it times something: after a preposition ("at dawn", "before
// sunrise") or before the day it falls on ("sunset Monday"), never as a
// noun of its own ("the dawn of a new era"). It returns the token after it.
func (d *doc) dayTimeAt(i int) (int, bool) {
	t := d.toks
	if !dayTimeWords[d.low(i)] || t[i].cap && i > 0 && t[i-1].sent == t[i].sent {
		return 0, false // "At Sunset", a title
	}
	if i+1 < len(t) && t[i+1].sent == t[i].sent && d.low(i+1) == "of" {
		return 0, false
	}
	if i > 0 && t[i-1].sent == t[i].sent && sunPreps[d.low(i-1)] {
		return i + 1, true
	}
	if i+1 < len(t) && t[i+1].sent == t[i].sent && (isWeekday(d.low(i+1)) && t[i+1].cap || d.low(i+1) == "today" || d.low(i+1) == "tomorrow") {
		return i + 1, true
	}
	return 0, false
}

// sunPreps time an event by the sun ("at dawn", "before sunrise");
// "between dusk and dawn" and "during the night" speak of any night.
var sunPreps = wordSet("sunPreps")

// overnightAt reads "overnight" used of when a thing happened ("drones
// struck overnight, the army said", "overnight on Tuesday"), not the
// adjective ("an overnight attack", "the overnight leader").
func (d *doc) overnightAt(i int) (int, bool) {
	t := d.toks
	if d.low(i) != "overnight" {
		return 0, false
	}
	if i > 0 && t[i-1].sent == t[i].sent && (d.class(i-1)&fDeterminer != 0 || possessives[d.low(i-1)]) {
		return 0, false
	}
	// "won't happen overnight", "did not change overnight": at once, not
	// in the night.
	for k := i - 1; k >= 0 && k >= i-5 && t[k].sent == t[i].sent; k-- {
		if lk := d.low(k); lk == "not" || lk == "never" || strings.HasSuffix(lk, "n't") || strings.HasSuffix(lk, "n’t") || lk == "cannot" {
			return 0, false
		}
	}
	k := i + 1
	if k >= len(t) || t[k].sent != t[i].sent || !t[k].word {
		return k, true
	}
	nw := d.low(k)
	if prepositions[nw] || isWeekday(nw) && t[k].cap || clauseJoiners[nw] || nw == "and" || nw == "until" {
		return k, true
	}
	return 0, false
}
