package pipeline

import (
	"fmt"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/extract"
)

// SpanErrors checks the sheet's promise about offsets: every span lies
// inside Text on UTF-8 boundaries, and text[start:end] is exactly the
// fact's own text for entity mentions, quotes, numbers and claims. It
// returns one message per broken span, naming its field path.
func SpanErrors(s *Sheet) []string {
	c := spanChecker{text: s.Text}
	for i, e := range s.Entities {
		for j, m := range e.Mentions {
			c.exact(fmt.Sprintf("entities[%d].mentions[%d]", i, j), m.Span, m.Text)
		}
	}
	for i, q := range s.Quotes {
		p := fmt.Sprintf("quotes[%d]", i)
		c.exact(p, q.Span, q.Text)
		c.optional(p+".speaker_span", q.SpeakerSpan)
		c.optional(p+".cue_span", q.CueSpan)
	}
	for i, n := range s.Numbers {
		c.exact(fmt.Sprintf("numbers[%d]", i), n.Span, n.Text)
	}
	for i, cl := range s.Claims {
		c.exact(fmt.Sprintf("claims[%d]", i), cl.Span, cl.Text)
	}
	return c.errs
}

type spanChecker struct {
	text string
	errs []string
}

func (c *spanChecker) inside(path string, sp extract.Span) bool {
	t := c.text
	if sp.Start < 0 || sp.Start > sp.End || sp.End > len(t) {
		c.errs = append(c.errs, fmt.Sprintf("%s: span [%d:%d] is outside the text (%d bytes)", path, sp.Start, sp.End, len(t)))
		return false
	}
	if (sp.Start < len(t) && !utf8.RuneStart(t[sp.Start])) || (sp.End < len(t) && !utf8.RuneStart(t[sp.End])) {
		c.errs = append(c.errs, fmt.Sprintf("%s: span [%d:%d] cuts a UTF-8 character", path, sp.Start, sp.End))
		return false
	}
	return true
}

func (c *spanChecker) exact(path string, sp extract.Span, want string) {
	if !c.inside(path, sp) {
		return
	}
	if got := c.text[sp.Start:sp.End]; got != want {
		c.errs = append(c.errs, fmt.Sprintf("%s: text[%d:%d] is %q, not %q", path, sp.Start, sp.End, got, want))
	}
}

func (c *spanChecker) optional(path string, sp *extract.Span) {
	if sp != nil {
		c.inside(path, *sp)
	}
}
