package pipeline

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// topOf parses body markup and returns the id of the chosen container.
func topOf(t *testing.T, body string) string {
	t.Helper()
	root, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
	require.NoError(t, err)
	blocks := renderBlocks(root)
	st := collectStats(blocks)
	scoreCandidates(blocks, st)
	top := topCandidate(blocks, st)
	require.NotNil(t, top)
	return attr(top, "id")
}

func TestTopCandidateByProse(t *testing.T) {
	p := "<p>" + prose + "</p>"
	links := `<p><a href="/a">A link to another story, with a long title, for readers</a></p>`
	assert.Equal(t, "story", topOf(t, `<div id="links">`+strings.Repeat(links, 6)+`</div><div id="story">`+strings.Repeat(p, 4)+`</div>`))
}

func TestTopCandidateSchemaOrgBody(t *testing.T) {
	p := "<p>" + prose + "</p>"
	assert.Equal(t, "x2", topOf(t, `<div id="x1">`+strings.Repeat(p, 4)+`</div><div id="x2" itemprop="articleBody">`+strings.Repeat(p, 3)+`</div>`))
}

func TestTopCandidateClassEvidence(t *testing.T) {
	p := "<p>" + prose + "</p>"
	assert.Equal(t, "a", topOf(t, `<div id="c" class="comment-list">`+strings.Repeat(p, 4)+`</div><div id="a" class="article-content">`+strings.Repeat(p, 3)+`</div>`))
}

func TestIsShortcode(t *testing.T) {
	for s, want := range map[string]bool{
		"[button link=”http://x.example/review/” type=”big”] Send us YOUR kit review[/button]": true,
		"[gallery ids=\"1,2,3\"]":                       true,
		"[caption]A man walks past the court[/caption]": true,
		"[1] Alarm fatigue: impacts on patient safety.": false,
		"[see note] The council voted on Tuesday.":      false,
		"[Updated] The council voted on Tuesday.":       false,
		"The council [a local body] voted.":             false,
	} {
		assert.Equal(t, want, isShortcode(s), s)
	}
}

func TestIsDateLineInOtherLanguages(t *testing.T) {
	for s, want := range map[string]bool{
		"sexta-feira, 22 de outubro de 2010 às 20:13":  true,
		"Mo., 26.11.2026, 14:05 Uhr":                   true,
		"Updated 11:21 pm CST, Tuesday":                true,
		"29 November 2018 | 20 January 2019":           false,
		"The vote was held on 5 May 2022 at 10:00.":    false,
		"Polls close at 22:00 on Thursday 5 May 2022.": false,
	} {
		assert.Equal(t, want, isDateLine(s), s)
	}
}
