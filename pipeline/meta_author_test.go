package pipeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAuthorsReportageType(t *testing.T) {
	a := metaOf(t, `<script type="application/ld+json">{"@type":"ReportageNewsArticle","author":[{"@type":"Person","name":"Rita Novak"}]}</script>`, "", "")
	assert.Equal(t, []string{"Rita Novak"}, a.Authors)
}

func TestAuthorsEveryMetaTag(t *testing.T) {
	a := metaOf(t, `<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">`, "", "")
	assert.Equal(t, []string{"F. Kooman", "Michiel de Jong"}, a.Authors)
	a = metaOf(t, `<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, Richard">`, "", "")
	assert.Equal(t, []string{"Jane Doe", "Richard Roe"}, a.Authors)
}

func TestUninvert(t *testing.T) {
	assert.Equal(t, "F. Kooman", uninvert("Kooman, F.", false), "initials after the comma")
	assert.Equal(t, "J. R. Tolkien", uninvert("Tolkien, J. R.", false))
	assert.Equal(t, "Michiel de Jong", uninvert("Jong, Michiel de", false), "a particle cannot end a name")
	assert.Equal(t, "Smith, Jane", uninvert("Smith, Jane", false), "one tag: a list of two names as likely")
	assert.Equal(t, "Jane Smith", uninvert("Smith, Jane", true), "one name a tag")
	assert.Equal(t, "Ana Lee, Bo Kim", uninvert("Ana Lee, Bo Kim", true), "two full names")
	assert.Equal(t, "Jill Disis, CNN", uninvert("Jill Disis, CNN", true))
}

func TestAuthorsDropAddresses(t *testing.T) {
	a := metaOf(t, `<meta name="author" content="Bradley M. Example (http://example.org/bme/)">`, "", "")
	assert.Equal(t, []string{"Bradley M. Example"}, a.Authors)
	a = metaOf(t, "", `<h1>H</h1><p class="byline">By Jane Doe jane.doe@example.com</p>`, "")
	assert.Equal(t, []string{"Jane Doe"}, a.Authors)
}

func TestAuthorsBrackets(t *testing.T) {
	cases := map[string][]string{
		"Bruno (Henrique Zecchin) Rodrigues": {"Bruno Henrique Zecchin Rodrigues"},
		"Jane Doe (Reuters)":                 {"Jane Doe"},
		"Jane Doe (jdoe)":                    {"Jane Doe"},
		"Martin Exemple (avec Damien Autre et Morgane Troisième)": {"Martin Exemple", "Damien Autre", "Morgane Troisième"},
		"Jane Doe (with John Roe)":                                {"Jane Doe", "John Roe"},
	}
	for in, want := range cases {
		assert.Equal(t, want, metaOf(t, `<meta name="author" content="`+in+`">`, "", "").Authors, in)
	}
}

func TestAuthorsOtherRoles(t *testing.T) {
	a := metaOf(t, "", `<h1>H</h1><p class="byline">Written by Rob Ewald
	Edited by Betty Baker</p>`, "")
	assert.Equal(t, []string{"Rob Ewald"}, a.Authors)
	a = metaOf(t, "", `<h1>H</h1><p class="byline">Photos by Pat Lens</p>`, "")
	assert.Empty(t, a.Authors, "a photographer is not an author")
	assert.Equal(t, "Jane Doe and ", cutOtherRoles("Jane Doe and additional reporting by John Roe"))
}

func TestAuthorsNotDateLines(t *testing.T) {
	a := metaOf(t, "", `<h1>H</h1><div class="author-details">Last Updated: January 7, 2025</div>`, "")
	assert.Empty(t, a.Authors)
}

func TestAuthorsPersonalSite(t *testing.T) {
	head := `<meta name="author" content="Haki Example"><meta property="og:site_name" content="Haki Example">`
	assert.Equal(t, []string{"Haki Example"}, metaOf(t, head+`<link rel="canonical" href="https://hakiexample.com/post">`, "", "").Authors,
		"the address spells the author's name: a personal site")
	assert.Empty(t, metaOf(t, head+`<link rel="canonical" href="https://news.example.com/post">`, "", "").Authors,
		"otherwise the site's name is no author")
	assert.Empty(t, metaOf(t, `<meta name="author" content="Daily Example"><meta property="og:site_name" content="Daily Example">`, "", "https://dailyexample.com/a").Authors,
		"a publication's name stays out even at its own address")
	assert.Empty(t, metaOf(t, `<meta name="author" content="BBC News"><meta property="og:site_name" content="BBC News">`, "", "https://bbcnews.com/a").Authors,
		"a known outlet")
	assert.Equal(t, []string{"蓝天之家"}, metaOf(t, `<meta name="author" content="蓝天之家 (skyhome)"><meta property="og:site_name" content="蓝天之家">`, "", "http://skyhome.blogs.example.net/post/1").Authors,
		"the handle after the name is the blog's address")
}

func TestAuthorsTwitterCreatorLast(t *testing.T) {
	assert.Equal(t, []string{"Marisol"}, metaOf(t, `<meta name="twitter:creator" content="Marisol">`, "", "").Authors)
	assert.Equal(t, []string{"Jane Doe"}, metaOf(t, `<meta name="twitter:creator" content="Marisol"><meta name="author" content="Jane Doe">`, "", "").Authors)
	for _, tc := range []string{"@dailyexample", "@TheExample", "@jane_doe", "@Example"} {
		assert.Empty(t, metaOf(t, `<meta name="twitter:creator" content="`+tc+`"><meta property="og:site_name" content="Example">`, "", "https://dailyexample.com/a").Authors, tc)
	}
}

func TestAuthorsCutWeekdayAndTeams(t *testing.T) {
	a := metaOf(t, "", "<h1>H</h1><div class=\"article-author\">Joe Example\u00a0 Monday, 29 February 2016</div>", "")
	assert.Equal(t, []string{"Joe Example"}, a.Authors)
	a = metaOf(t, "", `<h1>H</h1><span itemprop="author"><span itemprop="name">Example Developers</span></span>`, "")
	assert.Empty(t, a.Authors, "a team is not an author")
}

func TestAuthorsKeepSurnameLikeWeekday(t *testing.T) {
	assert.Equal(t, []string{"Lena H. Sun"}, metaOf(t, `<meta name="author" content="Lena H. Sun">`, "", "").Authors)
}

func TestAuthorsSiteNameWithByline(t *testing.T) {
	a := metaOf(t, `<meta property="og:site_name" content="EXAMPLE.COM | BY: JOE EXAMPLE">`, "<h1>H</h1><div class=\"article-author\">Joe Example Monday, February 29, 2016</div>", "")
	assert.Equal(t, []string{"Joe Example"}, a.Authors)
	assert.Equal(t, "Example.com", siteWithoutByline("Example.com | By Joe Example"))
}

func TestAuthorsPlainBylines(t *testing.T) {
	cases := map[string][]string{
		`<h1>H</h1><p>By Jane Doe</p><p>Text of the story.</p>`:              {"Jane Doe"},
		`<h1>H</h1><div><strong>BY: JOHN ROE</strong></div>`:                 {"John Roe"},
		`<h1>H</h1><p>By the numbers: what changed</p>`:                      {},
		`<h1>H</h1><p>Byron Example went home.</p>`:                          {},
		`<p>By Tessa Teaser</p><h1>H</h1>`:                                   {},
		`<h1>H</h1><p>Story.</p><address>Ann Example, Springfield</address>`: {"Ann Example"},
		`<h1>H</h1><p class="byline">By Rita Marked</p><p>By Pete Plain</p>`: {"Rita Marked"},
		`<h1>H</h1><div class="comments"><p>By Carl Comment</p></div>`:       {},
	}
	for body, want := range cases {
		assert.Equal(t, want, metaOf(t, "", body, "").Authors, body)
	}
	assert.True(t, startsWithBy("by: Jane"))
	assert.False(t, startsWithBy("Bylines"))
}

func TestAuthorsDatePreposition(t *testing.T) {
	a := metaOf(t, "", "<h1>H</h1><p>By\n<a href=\"/a\">Ann Example</a>\n,\n<a href=\"/b\">Minh Ro</a>\n<span>on Monday, November 18th, 2019</span></p>", "")
	assert.Equal(t, []string{"Ann Example", "Minh Ro"}, a.Authors)
	assert.Equal(t, "Jane Doe", cutDate("Jane Doe on 12 May"))
}

func TestAuthorsJSONLDReference(t *testing.T) {
	a := metaOf(t, `<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"https://example.com/#/schema/person/1"}},{"@type":"Person","@id":"https://example.com/#/schema/person/1","name":"Jane Doe"}]}</script>`, "", "")
	assert.Equal(t, []string{"Jane Doe"}, a.Authors)
	a = metaOf(t, `<script type="application/ld+json">{"@graph":[{"@type":"Article","author":[{"@id":"#p1"},{"@id":"#missing"}]},{"@type":"Person","@id":"#p1","name":"John Roe"}]}</script>`, "", "")
	assert.Equal(t, []string{"John Roe"}, a.Authors)
}

func TestAuthorsRoleTailAndHonorifics(t *testing.T) {
	cases := map[string][]string{
		"Jane Doe Reuters":            {},
		"Kelli Doe WebMD Health News": {},
		"Jane Doe Follow @jdoe":       {"Jane Doe"},
		"Dr. Jane Doe":                {"Jane Doe"},
		"Prof. John Roe and Ann Lee":  {"John Roe", "Ann Lee"},
		"Dr. Who":                     {"Dr. Who"},
		"Lee Min Ho":                  {"Lee Min Ho"},
		"Jane Doe, M.D., Ph.D.":       {"Jane Doe"},
		"Brenda Goodman, MA":          {"Brenda Goodman"},
		"Staff Reporter":              {},
	}
	for in, want := range cases {
		assert.Equal(t, want, appendNames([]string{}, in, "", ""), in)
	}
}

func TestAuthorsAgencyCredit(t *testing.T) {
	ld := func(name string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"` + name + `"}]}</script><meta property="og:site_name" content="Riverside Courier">`
	}
	assert.Equal(t, []string{"Associated Press"}, metaOf(t, ld("The Associated Press"), "", "").Authors, "wire copy names its agency")
	assert.Equal(t, []string{"Reuters"}, metaOf(t, ld("REUTERS"), "", "").Authors)
	assert.Equal(t, []string{"PTI"}, metaOf(t, "", `<h1>H</h1><p class="byline">PTI, Washington,</p>`, "").Authors, "a dateline after an agency is not an author")
	assert.Equal(t, []string{"Jane Doe"}, metaOf(t, "", `<h1>H</h1><p class="byline">By Jane Doe, Associated Press</p>`, "").Authors, "a person credited beside the agency wins")
	assert.Empty(t, metaOf(t, `<meta name="author" content="BBC News"><meta property="og:site_name" content="BBC News">`, "", "").Authors, "the site itself is no credit")
	assert.Empty(t, metaOf(t, `<meta name="author" content="Staff Reports">`, "", "").Authors)
}

func TestAuthorsSentenceAfterName(t *testing.T) {
	assert.Equal(t, []string{"Finn Carver"}, metaOf(t, `<meta name="author" content="Finn Carver. Orbit International">`, "", "").Authors)
	assert.Equal(t, []string{"Bradley M. Example"}, metaOf(t, `<meta name="author" content="Bradley M. Example">`, "", "").Authors)
	assert.Equal(t, "Dr. Jane Doe", cutSentence("Dr. Jane Doe"))
	assert.Equal(t, "Jane Doe", cutSentence("Jane Doe. Jane covers science"))
}

func TestTitleName(t *testing.T) {
	cases := map[string]string{
		"TOM KRISHER":        "Tom Krisher",
		"SEAN O'BRIEN-MCKAY": "Sean O'Brien-McKay",
		"J.R. SMITH":         "J.R. Smith",
		"Danah boyd":         "Danah boyd",
		"MARC McCAIN":        "MARC McCAIN",
		"史蒂文":                "史蒂文",
	}
	for in, want := range cases {
		assert.Equal(t, want, titleName(in), in)
	}
}
