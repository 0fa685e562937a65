package pipeline

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/corpus"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is a cleaned article: its metadata and body text, paragraphs
// separated by one blank line.
type Page struct {
	// Article is the metadata read from the page.
	Article Article
	// Text is the body, paragraphs separated by one blank line; "" when
	// Clean fails.
	Text string
}

// Clean turns one raw article into body text and metadata. HTML is found
// by content as well as by name; anything else is read as plain text. It
// fails when the input is not text at all or holds no article body.
func Clean(it corpus.Item) (Page, error) {
	body, cs := it.Body, it.Charset
	if enc, n := bomEncoding(body); enc != nil {
		body, cs = []byte(decodeWith(enc, body[n:])), "utf-8"
	}
	if looksBinary(body) {
		return Page{}, fmt.Errorf("input is binary, not text or HTML")
	}
	if it.Format == corpus.FormatHTML || (it.Format != corpus.FormatText && looksHTML(body)) {
		return cleanHTML(body, cs, it.URL)
	}
	pg := cleanText(decodeText(body, cs))
	if pg.Text == "" {
		return pg, fmt.Errorf("no article text: the input is empty")
	}
	pg.Article.Language = detectLanguage(pg.Text)
	return pg, nil
}

// looksHTML reports whether the first bytes of b look like markup.
func looksHTML(b []byte) bool {
	head := bytes.ToLower(b[:min(len(b), 1024)])
	for _, m := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<p>"), []byte("<div"), []byte("<article"), []byte("<meta")} {
		if bytes.Contains(head, m) {
			return true
		}
	}
	return false
}

// looksBinary reports whether b holds NUL bytes or mostly control bytes in
// its first 4 KiB.
func looksBinary(b []byte) bool {
	head := b[:min(len(b), 4096)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x09 || (c > 0x0d && c < 0x20) {
			ctl++
		}
	}
	return len(head) > 0 && ctl*10 > len(head)
}

// cleanText splits plain text into paragraphs: at blank lines when the
// text has them, otherwise at every line break.
func cleanText(s string) Page {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	s = strings.TrimPrefix(s, "\ufeff")
	var paras []string
	if strings.Contains(s, "\n\n") {
		for _, p := range strings.Split(s, "\n\n") {
			paras = append(paras, strings.Join(strings.Fields(p), " "))
		}
	} else {
		for _, p := range strings.Split(s, "\n") {
			paras = append(paras, strings.Join(strings.Fields(p), " "))
		}
	}
	paras = strings.Split(joinParagraphs(paras), "\n\n")
	title, paras := splitHeadline(paras)
	return Page{Article: Article{Title: title, Authors: []string{}}, Text: strings.Join(paras, "\n\n")}
}

func joinParagraphs(paras []string) string {
	out := paras[:0:0]
	for _, p := range paras {
		p = normalizeSpace(p)
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}

// normalizeSpace drops soft hyphens and zero-width spaces (word joiners,
// stray byte order marks) and folds runs of white space to one space. The
// zero-width joiner and non-joiner stay: they shape Persian and Indic
// words and emoji sequences. Bytes that are not UTF-8 become U+FFFD. It
// runs over every block of every page, so it makes one pass and one copy.
func normalizeSpace(s string) string {
	if spaceNormal(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is due before the next word
	for _, r := range s {
		switch r {
		case '\u00ad', '\u200b', '\u2060', '\ufeff', '\u180e':
			continue
		case '\u00a0':
			r = ' '
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// spaceNormal reports whether normalizeSpace would leave s as it is: no
// rune to drop or map, no white space but single spaces between words, no
// byte that is not UTF-8 (U+FFFD counts as one, to keep it simple).
func spaceNormal(s string) bool {
	prevSpace := true // s must not start with a space
	for _, r := range s {
		switch r {
		case '\u00ad', '\u200b', '\u2060', '\ufeff', '\u180e', '\u00a0', utf8.RuneError:
			return false
		}
		sp := unicode.IsSpace(r)
		if sp && (r != ' ' || prevSpace) {
			return false
		}
		prevSpace = sp
	}
	return !prevSpace || s == ""
}

// minArticleText is the least body text, in bytes, that makes a page an
// article rather than an index page or an empty shell.
const minArticleText = 200

// cleanHTML parses a page once and keeps its article: metadata from the
// head and structured data, then the body text of the best-scoring
// container with page furniture left out.
func cleanHTML(b []byte, httpCharset, url string) (Page, error) {
	root, err := html.Parse(bytes.NewReader(decodeHTMLBytes(b, httpCharset)))
	if err != nil {
		return Page{}, fmt.Errorf("parse html: %w", err)
	}
	art, ld := metadataFrom(gatherFacts(root), url)
	pg := Page{Article: art}
	body := findFirst(root, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		body = root
	}
	pruneJunk(body)
	paras := articleBlocks(body)
	texts := make([]string, 0, len(paras))
	for _, p := range paras {
		if p.text != art.Title {
			texts = append(texts, p.text)
		}
	}
	texts = trimAuthorBio(texts, art.Authors)
	pg.Text = strings.Join(texts, "\n\n")
	if body := ldBodyText(ld.Body); len(body) >= minArticleText && len(pg.Text)*5 < len(body)*2 {
		pg.Text = body // the markup's text is under 40% of what the structured data holds
	}
	if len(pg.Text) < minArticleText {
		pg.Text = ""
		return pg, fmt.Errorf("no article body found: the page looks like an index page or an empty shell")
	}
	if pg.Article.Language == "" {
		pg.Article.Language = detectLanguage(pg.Text)
	}
	return pg, nil
}

// articleBlocks lays out the page and returns the paragraphs of its article.
func articleBlocks(body *html.Node) []block {
	all := renderBlocks(body)
	st := collectStats(all)
	total := 0
	if s := st[body]; s != nil {
		total = s.text
	}
	furniture := map[*html.Node]bool{}
	markFurniture(body, total, st, furniture)
	blocks := all[:0:0]
	for _, b := range all {
		if !underAny(b.owner, furniture) {
			blocks = append(blocks, b)
		}
	}
	st = collectStats(blocks)
	scoreCandidates(blocks, st)
	top := topCandidate(blocks, st)
	if top == nil {
		return nil
	}
	sel := trimTail(selectBlocks(blocks, gatherSiblings(top, blocks, st), st))
	if looksLikeIndex(sel) {
		return nil
	}
	if sf, ok := standfirst(all, sel); ok {
		sel = append([]block{sf}, sel...)
	}
	return sel
}

// underAny reports whether n or one of its ancestors is in set.
func underAny(n *html.Node, set map[*html.Node]bool) bool {
	if len(set) == 0 {
		return false
	}
	for ; n != nil; n = n.Parent {
		if set[n] {
			return true
		}
	}
	return false
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// ldBodyText turns a JSON-LD articleBody into paragraphs: markup inside it
// is laid out like a page, plain text is split at line breaks.
func ldBodyText(s string) string {
	if s == "" {
		return ""
	}
	if strings.Contains(s, "</") || strings.Contains(s, "<p") || strings.Contains(s, "<br") {
		root, err := html.Parse(strings.NewReader(s))
		if err != nil {
			return ""
		}
		var paras []string
		for _, b := range renderBlocks(root) {
			paras = append(paras, b.text)
		}
		return strings.Join(paras, "\n\n")
	}
	return cleanText(s).Text
}
