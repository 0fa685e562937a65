package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// mergeNicknames joins a person named by the middle name ("Mike Ford") to
// the one whose full name gives it ("John Milo Ford", "John M. Ford"): same
// surname, and the short form's given name is the middle name or starts
// with the middle initial. Two people who share only a surname
// ("Kim Kardashian", "Kourtney Kardashian") stay apart.
func mergeNicknames(cs []*cluster) []*cluster {
	for _, b := range cs {
		given, last, ok := twoWordName(b)
		if !ok {
			continue
		}
		for _, a := range cs {
			if a != b && len(a.Mentions) > 0 && middleGives(a, given, last) {
				a.Mentions = append(a.Mentions, b.Mentions...)
				b.Mentions = nil
				break
			}
		}
	}
	return liveClusters(cs)
}

// twoWordName returns the given name and surname of a cluster whose names
// all have two words, false otherwise.
func twoWordName(c *cluster) (given, last string, ok bool) {
	for _, m := range c.Mentions {
		if len(m.Words) != 2 {
			return "", "", false
		}
		if given == "" {
			given, last = m.Words[0].Text, m.Words[1].Text
		}
	}
	return given, last, given != ""
}

// middleGives reports whether a mention of c has three words or more, the
// surname last, another given name first, and a middle name or initial that
// gives given.
func middleGives(c *cluster, given, last string) bool {
	for _, m := range c.Mentions {
		ws := m.Words
		if len(ws) < 3 || surname(ws) != last || ws[0].Text == given {
			continue
		}
		for _, w := range ws[1 : len(ws)-1] {
			mid := strings.TrimSuffix(w.Text, ".")
			if mid == given || (utf8.RuneCountInString(mid) == 1 && strings.HasPrefix(given, mid)) {
				return true
			}
		}
	}
	return false
}

// aliasGap matches the words between a name and another name of the same
// person ("James Rigney (better known as Robert Jordan)").
var aliasGap = regexp.MustCompile(`^\s*[,(]?\s*(?:(?:better|also|more|widely|commonly|popularly|professionally)\s+)?(?:known as|a\.k\.a\.?|aka|nicknamed)\s*$`)

// mergeAliases joins a person named right after "known as" or "aka" to the
// person named just before: a pen name, stage name or nickname.
func mergeAliases(d *nlp.Doc, cs []*cluster) []*cluster {
	owner := map[*mention]*cluster{}
	var ms []*mention
	for _, c := range cs {
		for _, m := range c.Mentions {
			owner[m] = c
			ms = append(ms, m)
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].From < ms[j].From })
	for i := 1; i < len(ms); i++ {
		a, b := ms[i-1], ms[i]
		ca, cb := owner[a], owner[b]
		if ca == cb || a.End > b.From || !aliasGap.MatchString(d.Text[a.End:b.From]) {
			continue
		}
		ca.Mentions = append(ca.Mentions, cb.Mentions...)
		for _, m := range cb.Mentions {
			owner[m] = ca
		}
		cb.Mentions = nil
	}
	return mergeNicknames(cs) // drops the emptied clusters, sorts mentions
}
