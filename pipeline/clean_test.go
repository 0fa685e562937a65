package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/internal/testenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// prose is a paragraph long enough to count as article text.
const prose = "The council voted on Tuesday to close the library, a decision that angered residents, staff and local councillors alike."

// page wraps body markup in a minimal HTML document.
func page(body string) corpus.Item {
	return corpus.Item{ID: "t", Format: corpus.FormatHTML, Body: []byte("<html><head><title>T</title></head><body>" + body + "</body></html>")}
}

func cleanBody(t *testing.T, body string) string {
	t.Helper()
	pg, err := Clean(page(body))
	require.NoError(t, err)
	return pg.Text
}

func TestCleanSample(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testenv.RepoRoot(), "corpus", "sample", "barnet.html"))
	require.NoError(t, err)
	pg, err := Clean(corpus.Item{ID: "barnet", Body: b, Format: corpus.FormatHTML})
	require.NoError(t, err)
	seed, err := os.ReadFile(filepath.Join(testenv.EvalDir(t, "seed"), "barnet.txt"))
	require.NoError(t, err)
	want := strings.Split(strings.TrimSpace(string(seed)), "\n")
	require.NotEmpty(t, want)
	assert.Equal(t, strings.Join(want, "\n\n"), pg.Text)
	a := pg.Article
	assert.Equal(t, "Labour seizes control of Barnet council in historic win", a.Title)
	assert.Equal(t, []string{"Sam Whitfield"}, a.Authors)
	assert.Equal(t, "2022-05-06T09:12:00+01:00", a.Published)
	assert.Equal(t, "2022-05-06T11:40:00+01:00", a.Modified)
	assert.Equal(t, "The Borough Chronicle", a.Site)
	assert.Equal(t, "https://chronicle.example/politics/2022/05/06/labour-barnet-council", a.URL)
	assert.Equal(t, "en-GB", a.Language)
	assert.Equal(t, "Labour wins a majority on Barnet council for the first time since the borough was created.", a.Description)
}

func TestCleanSpacingAcrossInlineTags(t *testing.T) {
	got := cleanBody(t, "<article><p>The <b>council</b><i>’s</i> vote,<em> on Tuesday</em>, was <a href=x>close</a>.   Very\n close. "+prose+"</p><p>"+prose+"</p></article>")
	assert.True(t, strings.HasPrefix(got, "The council’s vote, on Tuesday, was close. Very close. "), got)
}

func TestCleanEntitiesSoftHyphensZeroWidth(t *testing.T) {
	got := cleanBody(t, "<article><p>Fish &amp; chips cost &pound;5&nbsp;each; coun&shy;cil\u200b members&#8217; view. "+prose+"</p><p>"+prose+"</p></article>")
	assert.True(t, strings.HasPrefix(got, "Fish & chips cost £5 each; council members’ view. "), got)
}

func TestCleanParagraphsOneBlankLineApart(t *testing.T) {
	got := cleanBody(t, "<article><h2>Vote</h2><p>"+prose+"</p>\n\n<p>"+prose+"<br>Second line after a break, long enough to stand alone.</p><ul><li>First point of the list.</li><li>Second point.</li></ul><blockquote><p>A quoted passage from the report.</p></blockquote></article>")
	paras := strings.Split(got, "\n\n")
	assert.Equal(t, []string{"Vote", prose, prose, "Second line after a break, long enough to stand alone.", "First point of the list.", "Second point.", "A quoted passage from the report."}, paras)
	assert.NotContains(t, got, "\n\n\n")
}

func TestCleanTableOneRowALine(t *testing.T) {
	got := cleanBody(t, "<article><p>"+prose+"</p><table><tr><th>Party</th><th>Seats</th></tr><tr><td>Labour</td><td>41</td></tr><tr><td>Conservative</td><td>22</td></tr></table><p>"+prose+"</p></article>")
	assert.Contains(t, got, "\n\nParty | Seats\nLabour | 41\nConservative | 22\n\n")
}

func TestCleanDropsFurniture(t *testing.T) {
	body := `<nav><a href=/>Home</a> <a href=/news>News</a></nav>
<header class="site-header"><p>The Daily Example, your local paper since 1901, delivered every morning.</p></header>
<article>
<h1>Library to close</h1>
<p class="byline">By Jane Doe, Local Reporter</p>
<div class="share-tools"><a href=#>Share on Facebook</a> <a href=#>Share on Twitter</a></div>
<figure><img src=x.jpg><figcaption>The library on Tuesday. Photo: Jane Doe</figcaption></figure>
<p>` + prose + `</p>
<p>` + prose + `</p>
<div class="related-stories"><h3>Related</h3><ul><li><a href=/a>Council approves budget for the year ahead</a></li><li><a href=/b>Residents protest at town hall meeting</a></li></ul></div>
<p>` + prose + `</p>
<div class="newsletter-signup"><p>Sign up to our morning newsletter to get the news first, every day.</p></div>
</article>
<aside><p>Most read: a story nobody should see in the body of the article.</p></aside>
<section id="comments"><p>I think this decision is terrible and the council should resign at once, all of them.</p></section>
<footer><p>Copyright The Daily Example. All rights reserved. Registered in England.</p></footer>`
	got := cleanBody(t, body)
	assert.Equal(t, strings.Repeat(prose+"\n\n", 2)+prose, got)
}

func TestCleanKeepsFirstParagraphAndStandfirst(t *testing.T) {
	body := `<div class="page"><div class="story">
<p class="standfirst">Residents are angry after the council's surprise decision to shut the town's only library.</p>
<div class="story-body"><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p></div>
</div></div>`
	got := cleanBody(t, body)
	assert.True(t, strings.HasPrefix(got, "Residents are angry"), got)
}

func TestCleanHiddenElements(t *testing.T) {
	got := cleanBody(t, `<article><p>`+prose+`</p><p style="display:none">Hidden text that readers never see on the page at all.</p><p hidden>Also hidden from every reader of the page.</p><p>`+prose+`</p></article>`)
	assert.NotContains(t, got, "idden")
}

func TestCleanNonArticleIsAnError(t *testing.T) {
	var links strings.Builder
	for range 30 {
		links.WriteString(`<li><a href="/story">A teaser headline for another story on this index page</a></li>`)
	}
	pg, err := Clean(page("<ul>" + links.String() + "</ul>"))
	require.Error(t, err)
	assert.Empty(t, pg.Text)
	pg, err = Clean(page(`<div id="app"></div>`))
	require.Error(t, err)
	assert.Empty(t, pg.Text)
}

func TestCleanPlainText(t *testing.T) {
	pg, err := Clean(corpus.Item{ID: "t", Format: corpus.FormatText, Body: []byte("First  paragraph\nwraps here.\n\n\nSecond paragraph.\n")})
	require.NoError(t, err)
	assert.Equal(t, "First paragraph wraps here.\n\nSecond paragraph.", pg.Text)
}

func TestCleanOutputIsValidUTF8(t *testing.T) {
	body := append([]byte("<html><body><article><p>Caf\xe9 society \x93quoted\x94 and "), []byte(prose+"</p><p>"+prose+"</p></article></body></html>")...)
	pg, err := Clean(corpus.Item{ID: "t", Format: corpus.FormatHTML, Body: body})
	require.NoError(t, err)
	assert.True(t, utf8.ValidString(pg.Text))
	assert.True(t, strings.HasPrefix(pg.Text, "Café society “quoted” and"), pg.Text)
}

func TestCleanUsesJSONLDWhenMarkupHasNoBody(t *testing.T) {
	item := corpus.Item{ID: "t", Format: corpus.FormatHTML, Body: []byte(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"` + prose + `\n\n` + prose + `"}</script></head><body><div id="root"></div></body></html>`)}
	pg, err := Clean(item)
	require.NoError(t, err)
	assert.Equal(t, prose+"\n\n"+prose, pg.Text)
}

func TestCleanDropsChromeLines(t *testing.T) {
	body := `<article>
<p>By Justine Coleman - 11/18/19 11:04 PM EST</p>
<p>Updated 11:21 pm CST, Tuesday, November 19, 2019</p>
<p>` + prose + `</p>
<p>China has warned it will take control of Hong Kong (Image: GETTY )</p>
<p>Advertisement</p><center>Advert</center>
<p>Read more: <a href="/x">Council approves budget for the year ahead</a></p>
<p>By Tuesday, all the residents had left the building and the doors were locked.</p>
<ol><li>Teens love their headphones, and they are putting them on wish lists. <a href="/y">That's according to a new survey from a bank</a>.</li></ol>
<p>` + prose + `</p>
</article>`
	got := cleanBody(t, body)
	assert.Equal(t, prose+"\n\nBy Tuesday, all the residents had left the building and the doors were locked.\n\nTeens love their headphones, and they are putting them on wish lists. That's according to a new survey from a bank.\n\n"+prose, got)
}

func TestCleanKeepsSplitArticleSections(t *testing.T) {
	section := `<div class="section"><div class="wrap"><div class="story-text"><p>` + prose + `</p><p>` + prose + `</p></div></div></div>`
	body := `<div class="post">` + section + `<div class="ad-slot"><p>Sponsored message from a partner brand.</p></div>` + section + section + section + `</div>`
	got := cleanBody(t, body)
	assert.Equal(t, 8, strings.Count(got, prose), got)
}

func TestCleanKeepsEmbeddedPosts(t *testing.T) {
	body := `<article><p>` + prose + `</p><div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and the state spent half a million on it: <a href="https://t.co/x">https://t.co/x</a></p>— A Person (@person) <a href="https://twitter.com/x">November 18, 2019</a></blockquote></div><p>` + prose + `</p></article>`
	got := cleanBody(t, body)
	assert.Contains(t, got, "Yes this is real and the state spent half a million on it")
}

func TestCleanTrimsHouseNoticesAtTheEnd(t *testing.T) {
	body := `<article><p>` + prose + `</p><p>Readers who want to follow us on the story can write in.</p><p>` + prose + `</p><p>Have a tip? Jane Doe may be reached at jane@example.com. Follow her on Twitter @jane.</p><p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p><h3>About the author</h3></article>`
	got := cleanBody(t, body)
	assert.True(t, strings.HasSuffix(got, prose), got)
	assert.Contains(t, got, "Readers who want to follow us")
}

func TestCleanRemovesHoverCardsButKeepsTheName(t *testing.T) {
	body := `<article><p>A man threatened to kill Rep. <span class="rollover-people"><a href="/p/omar">Ilhan Omar</a><span class="rollover-people-block"><img src=x.jpg><a href="/p/omar">Ilhan Omar</a><a href="/s/1">Another story about her</a> <a href="/s/2">And one more story</a></span></span> (D-Minn.), officials said. ` + prose + `</p><p>` + prose + `</p></article>`
	got := cleanBody(t, body)
	assert.True(t, strings.HasPrefix(got, "A man threatened to kill Rep. Ilhan Omar (D-Minn.), officials said."), got)
}

func TestCleanArticleDirectlyInBody(t *testing.T) {
	got := cleanBody(t, "<p>"+prose+"</p><p>"+prose+"</p>")
	assert.Equal(t, prose+"\n\n"+prose, got)
}

func TestCleanKeepsStandfirstInHeader(t *testing.T) {
	body := `<main><article><header><h1>Library to close</h1><p class="article-dek">Residents are angry after the council's surprise decision to shut the town's only library.</p><p class="byline">By Jane Doe</p></header>
<div class="article-body"><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p></div></article>
<div class="more"><p>Other story teaser in a box that is long enough to count as a paragraph of text.</p></div></main>`
	got := cleanBody(t, body)
	assert.Equal(t, "Residents are angry after the council's surprise decision to shut the town's only library.\n\n"+strings.Repeat(prose+"\n\n", 2)+prose, got)
}

func TestCleanIndexPageOfTeasersIsAnError(t *testing.T) {
	var cards strings.Builder
	for i := range 12 {
		cards.WriteString(`<div class="card"><h2><a href="/s">Headline of story number ` + string(rune('A'+i)) + `</a></h2><p>A short summary of this story, which goes on for a sentence or two, then stops; it tells the reader what happened, where it happened and who said what about it.</p><span>2 hours ago</span></div>`)
	}
	pg, err := Clean(page(`<main><div class="grid">` + cards.String() + `</div></main>`))
	require.Error(t, err)
	assert.Empty(t, pg.Text)
}

func TestCleanKeepsStyledSubheadings(t *testing.T) {
	got := cleanBody(t, `<article><p>`+prose+`</p><h2 class="subheader">What happens next</h2><p>`+prose+`</p></article>`)
	assert.Equal(t, prose+"\n\nWhat happens next\n\n"+prose, got)
}

func TestCleanDropsInlineCaptions(t *testing.T) {
	got := cleanBody(t, `<article><div class="inline-photo"><img src=x.jpg><br><span class="pb-caption">The minister at the Western Wall on March 18. (Photographer/Agency)</span></div><p>`+prose+`</p><p>`+prose+`</p></article>`)
	assert.Equal(t, prose+"\n\n"+prose, got)
}

func TestCleanKeepsProseWithManyLinks(t *testing.T) {
	linked := `<div class="para"><p>The <a href="/a">council</a> said the <a href="/b">library budget</a> would be cut by <a href="/c">a third</a> next year, starting in April.</p></div>`
	got := cleanBody(t, `<article><p>`+prose+`</p>`+linked+`<p>`+prose+`</p></article>`)
	assert.Contains(t, got, "The council said the library budget would be cut by a third next year, starting in April.")
}

func TestCleanDropsClosingAuthorBio(t *testing.T) {
	item := page(`<article><p>` + prose + `</p><p>Jane Doe is the paper's local government reporter.</p><p>` + prose + `</p><p>Jane Doe is on Twitter at janedoe.</p></article>`)
	item.Body = []byte(strings.Replace(string(item.Body), "<head>", `<head><meta name="author" content="Jane Doe">`, 1))
	pg, err := Clean(item)
	require.NoError(t, err)
	assert.Equal(t, prose+"\n\nJane Doe is the paper's local government reporter.\n\n"+prose, pg.Text)
}

func TestPlainTextHeadline(t *testing.T) {
	for _, tc := range []struct{ in, title, text string }{
		{"Council votes to close library\n\nThe council voted on Monday to close the library in Elm Street.", "Council votes to close library", "The council voted on Monday to close the library in Elm Street."},
		{"The council voted on Monday.\n\nIt will close the library in Elm Street next year.", "", "The council voted on Monday.\n\nIt will close the library in Elm Street next year."},
		{"Short line\nAnother short", "", "Short line\n\nAnother short"},
		{"One paragraph only", "", "One paragraph only"},
	} {
		pg := cleanText(tc.in)
		require.Equal(t, tc.title, pg.Article.Title, tc.in)
		require.Equal(t, tc.text, pg.Text, tc.in)
	}
}

func TestCleanKeepsBodyFoldedBehindReadMore(t *testing.T) {
	menu := `<ul class="menu">` + strings.Repeat(`<li><a href="/x">Section name here</a></li>`, 30) + `</ul>`
	p := func(s string) string { return "<p>" + s + " " + prose + "</p>" }
	body := menu + `<div class="story">` + p("One.") + p("Two.") + `<div id="read-more"><a href="#">Read more</a><div id="read-more-content">` +
		p("Three.") + p("Four.") + p("Five.") + p("Six.") + `</div></div></div>` + menu
	got := cleanBody(t, body)
	for _, w := range []string{"One.", "Two.", "Three.", "Six."} {
		assert.Contains(t, got, w)
	}
	assert.NotContains(t, got, "Section name")
}

func TestCleanKeepsTeaserBoxOut(t *testing.T) {
	teaser := `<div class="read-more"><p><a href="/a">Another story about the library with a long headline that goes on</a></p><p><a href="/b">A second story about the council and its budget, with a long headline</a></p><p><a href="/c">A third story, this one about the schools, with a long enough headline</a></p></div>`
	got := cleanBody(t, `<article><p>`+prose+`</p><p>`+prose+`</p>`+teaser+`<p>`+prose+`</p></article>`)
	assert.NotContains(t, got, "Another story")
}

func TestCleanJoinsStepsInNestedBoxes(t *testing.T) {
	step := func(n string) string {
		return `<span><div class="mod step"><div class="stepContent"><div class="content"><span><p>Step ` + n + `: ` + prose + `</p></span></div></div></div></span>`
	}
	body := `<article><div class="mod step"><div class="stepContent"><div class="content lead"><p>Lead one. ` + prose + `</p><p>Lead two. ` + prose + `</p><p>Lead three. ` + prose + `</p></div></div></div>` +
		`<div class="ad">Advertisement</div><span><span>` + step("1") + step("2") + step("3") + step("4") + `</span></span></article>`
	got := cleanBody(t, body)
	for _, w := range []string{"Lead one.", "Lead three.", "Step 1:", "Step 4:"} {
		assert.Contains(t, got, w)
	}
}
