package pipeline

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func metaOf(t *testing.T, head, body, url string) Article {
	t.Helper()
	root, err := html.Parse(strings.NewReader("<html lang=en><head>" + head + "</head><body>" + body + "</body></html>"))
	require.NoError(t, err)
	a, _ := metadataFrom(gatherFacts(root), url)
	return a
}

func TestTitleSources(t *testing.T) {
	assert.Equal(t, "LD headline", metaOf(t, `<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline"}</script><meta property="og:title" content="OG">`, "", "").Title)
	assert.Equal(t, "OG title", metaOf(t, `<meta property="og:title" content="OG title"><title>Other | Site</title>`, "", "").Title)
	assert.Equal(t, "Council closes the library", metaOf(t, `<title>Council closes the library | The Daily Example</title>`, "", "").Title)
	assert.Equal(t, "Council closes the library", metaOf(t, `<meta property="og:site_name" content="Example"><title>Example - Council closes the library</title>`, "", "").Title)
	assert.Equal(t, "The headline", metaOf(t, `<title></title>`, `<h1>The headline</h1>`, "").Title)
	// a JSON-LD name that the <title> carries wins over a headline that is a summary
	assert.Equal(t, "New Zealand", metaOf(t, `<title>New Zealand - Wikipedia</title><script type="application/ld+json">{"@type":"Article","name":"New Zealand","headline":"country in Oceania"}</script>`, "", "").Title)
}

func TestAuthorsFromJSONLD(t *testing.T) {
	a := metaOf(t, `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","author":[{"@type":"Person","name":"Stella Kim"},{"@type":"Person","name":"Jennifer Jett"}],"publisher":{"@type":"Organization","name":"NBC News"}}]}</script>`, "", "")
	assert.Equal(t, []string{"Stella Kim", "Jennifer Jett"}, a.Authors)
	assert.Equal(t, "NBC News", a.Site)
	a = metaOf(t, `<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Contributors to Example projects"},"publisher":{"name":"Example Foundation"}}</script>`, "", "")
	assert.Equal(t, []string{"Contributors to Example projects"}, a.Authors)
	a = metaOf(t, `<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"BBC News"},"publisher":{"name":"BBC News"}}</script>`, "", "")
	assert.Empty(t, a.Authors)
}

func TestAuthorsFromBylines(t *testing.T) {
	cases := map[string][]string{
		`<p class="byline">By Jane Doe and John Smith</p>`:                                      {"Jane Doe", "John Smith"},
		`<p class="byline">By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech</p>`:  {"Daniel Kahn Gillmor"},
		`<div class="byline">By Nathan Willis March 25, 2015</div>`:                             {"Nathan Willis"},
		`<span class="author-name">Laura June Topolsky</span>`:                                  {"Laura June Topolsky"},
		`<a rel="author" href="/a">Martin Untersinger (avec Damien Leloup et Morgane Tual)</a>`: {"Martin Untersinger", "Damien Leloup", "Morgane Tual"},
		`<span itemprop="author"><span itemprop="name">Ahiza Garcia</span></span>`:              {"Ahiza Garcia"},
		`<p class="byline">Staff Reporter</p>`:                                                  {},
	}
	for body, want := range cases {
		assert.Equal(t, want, metaOf(t, "", "<h1>H</h1>"+body, "").Authors, body)
	}
	a := metaOf(t, `<meta name="author" content="The Daily Example"><meta property="og:site_name" content="The Daily Example">`, "", "")
	assert.Empty(t, a.Authors, "a site name is not an author")
	a = metaOf(t, `<meta name="author" content="Mark Meta"><meta name="dc.creator" content="Dora Core">`, "", "")
	assert.Equal(t, []string{"Dora Core"}, a.Authors)
}

func TestAuthorsSkipCommentsAndTeasers(t *testing.T) {
	a := metaOf(t, "", `<div class="promo"><span class="byline">By Tessa Teaser</span></div><h1>Story</h1><p class="byline">By Rita Real</p><div class="comments"><span class="author">Carl Comment</span></div>`, "")
	assert.Equal(t, []string{"Rita Real"}, a.Authors)
}

func TestDates(t *testing.T) {
	assert.Equal(t, "2024-12-06T22:00:40Z", normalizeDate("2024-12-06T22:00:40.000Z"))
	assert.Equal(t, "2015-07-24T05:36:09+01:00", normalizeDate("2015-07-24T05:36:09+01:00"))
	assert.Equal(t, "2021-11-01T10:52:50+01:00", normalizeDate("2021-11-01T10:52:50+0100"))
	assert.Equal(t, "2018-04-05", normalizeDate("2018-04-05T06:00"), "no zone: the date alone")
	assert.Equal(t, "2014-05-08", normalizeDate("05/08/2014 07:01:00"), "the en-US machine date-time is month first")
	assert.Equal(t, "2014-08-05", normalizeDate("05/08/2014"), "a date alone in slashes is read day first")
	assert.Equal(t, "2019-11-18", normalizeDate("November 18, 2019"))
	assert.Equal(t, "", normalizeDate("yesterday"))
	assert.Equal(t, "", normalizeDate("1066-10-14"))
	assert.Equal(t, "2019-11-18", dateFromURL("https://www.cnn.com/2019/11/18/investing/story/index.html"))
	assert.Equal(t, "", dateFromURL("https://example.com/2019/story"))

	a := metaOf(t, `<meta property="article:published_time" content="2022-05-06T09:12:00+01:00"><meta property="article:modified_time" content="2022-05-06T11:40:00+01:00">`, "", "")
	assert.Equal(t, "2022-05-06T09:12:00+01:00", a.Published)
	assert.Equal(t, "2022-05-06T11:40:00+01:00", a.Modified)
	assert.Equal(t, "2020-01-02T03:04:05Z", metaOf(t, "", `<time datetime="2020-01-02T03:04:05Z">2 Jan</time>`, "").Published)
	assert.Equal(t, "2019-11-18", metaOf(t, "", "", "https://example.com/2019/11/18/story").Published)
}

func TestSiteURLLanguageDescription(t *testing.T) {
	a := metaOf(t, `<link rel="canonical" href="/news/story"><meta property="og:site_name" content="Example News"><meta name="description" content="What happened.">`, "", "https://example.com/news/story?utm=1")
	assert.Equal(t, "https://example.com/news/story", a.URL)
	assert.Equal(t, "Example News", a.Site)
	assert.Equal(t, "en", a.Language)
	assert.Equal(t, "What happened.", a.Description)
	assert.Equal(t, "pt-BR", normalizeLang("pt_BR"))
	assert.Equal(t, "", normalizeLang("<script>"))
}

func TestDetectLanguage(t *testing.T) {
	assert.Equal(t, "en", detectLanguage("The council said that it was time for the residents to vote on the plan, and they did so with a will."))
	assert.Equal(t, "de", detectLanguage("Der Rat hat entschieden, dass die Bibliothek nicht mehr offen ist und auch die Schule sich ändern muss."))
	assert.Equal(t, "ja", detectLanguage("パスワード管理ソフトの起動ショートカットキーと同じなのです。"))
	assert.Equal(t, "", detectLanguage("xyz qwv"))
	for text, want := range map[string]string{
		"北京市政府今天宣布新的交通计划": "zh", "서울시는 오늘 새로운 교통 계획을 발표했다": "ko",
		"Городской совет принял новый план": "ru", "أعلن مجلس المدينة خطة جديدة": "ar",
		"Το δημοτικό συμβούλιο ενέκρινε το σχέδιο": "el", "מועצת העיר אישרה את התוכנית": "he",
		"สภาเมืองอนุมัติแผนใหม่": "th", "東京都は新しい計画を発表しました": "ja",
	} {
		assert.Equal(t, want, scriptLanguage(text), text)
	}
}

func TestDatesInBylineText(t *testing.T) {
	assert.Equal(t, "2015-03-25", dateInText("By Nathan Willis\n March 25, 2015"))
	assert.Equal(t, "2019-11-18", dateInText("Published 18 Nov. 2019 | 6:00 PM"))
	assert.Equal(t, "", dateInText("By June Smith"))
	assert.Equal(t, "2015-03-11", metaOf(t, "", `<h1>H</h1><p class="byline">By Gillian Mohney March 11, 2015 3:46 PM</p>`, "").Published)
	assert.Equal(t, "2017-05-02", metaOf(t, "", `<h1>H</h1><span class="post-date">May 2, 2017</span>`, "").Published)
}

func TestMetadataCleanup(t *testing.T) {
	a := metaOf(t, `<meta property="og:title" content="&amp;#8216;The Medium&amp;#8217; costs &amp;#163;5"><meta property="og:site_name" content="@politifact |">`, "", "")
	assert.Equal(t, "‘The Medium’ costs £5", a.Title)
	assert.Equal(t, "politifact", a.Site)
	site := `<meta property="og:site_name" content="%s">`
	cases := map[string][]string{
		`<meta name="author" content="Troy L. Smith, Cleveland.com">` + fmt.Sprintf(site, "cleveland"):               {"Troy L. Smith"},
		`<meta name="author" content="Jill Disis, CNN Business">` + fmt.Sprintf(site, "CNN"):                         {"Jill Disis"},
		`<meta name="author" content="Elliot Brownstein Florida Today">` + fmt.Sprintf(site, "Florida Today"):        {"Elliot Brownstein"},
		`<meta name="author" content="Carlos Nadalim, Brinquedos, Brincadeiras">` + fmt.Sprintf(site, "Como Educar"): {"Carlos Nadalim"},
		`<meta name="author" content="Ana Lee, Bo Kim">`:                                                             {"Ana Lee", "Bo Kim"},
	}
	for head, want := range cases {
		assert.Equal(t, want, metaOf(t, head, "", "").Authors, head)
	}
}
