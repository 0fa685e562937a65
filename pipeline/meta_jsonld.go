package pipeline

import (
	"encoding/json"
	"strings"
)

// ldArticle is what a page's JSON-LD says about its article.
type ldArticle struct {
	Headline, Name, Published, Modified, Body, URL, Language, Description, Publisher string
	Authors                                                                          []string
	// OrgAuthors are authors typed Organization (a newsroom, a project).
	OrgAuthors []string
	// AnyPublished is the first datePublished of an object that is no
	// article, or is this page's, for pages whose article object has none
	// (Yoast dates the WebPage).
	AnyPublished string
}

// articleTypes are the schema.org types of a news or blog article (and
// the web page kinds that carry the same fields).
var articleTypes = map[string]int{
	"newsarticle": 3, "article": 3, "blogposting": 3, "reportagenewsarticle": 3, "askpublicnewsarticle": 3, "analysisnewsarticle": 3,
	"opinionnewsarticle": 3, "reviewnewsarticle": 3, "backgroundnewsarticle": 3, "liveblogposting": 3,
	"scholarlyarticle": 3, "techarticle": 3, "socialmediaposting": 2, "report": 2, "posting": 2,
	"webpage": 1, "itempage": 1, "medicalwebpage": 1, "review": 1, "recipe": 1, "howto": 1,
}

// parseJSONLD reads the JSON-LD scripts of a page and returns the fields of
// its best article object (a news type beats a plain web page). Among
// objects of the best rank (a page may list related articles too), the
// first that isPage accepts (its url or headline matches the page's; nil
// accepts none) wins, else the first. Scripts that are not valid JSON,
// even after folding raw control characters, are skipped.
func parseJSONLD(scripts []string, isPage func(obj map[string]any) bool) ldArticle {
	var best map[string]any
	bestRank, bestIsPage := 0, false
	byID := map[string]map[string]any{}
	publisher, anyPublished := "", ""
	for _, src := range scripts {
		src = trimToJSON(src)
		var v any
		if err := json.Unmarshal([]byte(src), &v); err != nil {
			if err := json.Unmarshal([]byte(foldControls(src)), &v); err != nil {
				continue
			}
		}
		walkLD(v, 0, func(obj map[string]any) {
			if id, ok := obj["@id"].(string); ok && id != "" && ldString(obj["name"]) != "" {
				byID[id] = obj
			}
			rank := 0
			for _, t := range ldTypes(obj) {
				rank = max(rank, articleTypes[t])
				if (t == "organization" || t == "newsmediaorganization") && publisher == "" {
					publisher = ldString(obj["name"])
				}
			}
			page := isPage != nil && isPage(obj)
			if anyPublished == "" && (rank <= 1 || page) {
				anyPublished = ldString(obj["datePublished"]) // a web page's date, not a listed story's
			}
			if rank == 0 {
				return
			}
			if rank > bestRank || rank == bestRank && page && !bestIsPage {
				best, bestRank, bestIsPage = obj, rank, page
			}
		})
	}
	if best == nil {
		return ldArticle{AnyPublished: anyPublished}
	}
	a := ldArticle{
		Headline:     ldString(best["headline"]),
		Published:    ldString(best["datePublished"]),
		Modified:     ldString(best["dateModified"]),
		Body:         ldRawString(best["articleBody"]),
		URL:          ldURL(best["url"]),
		Language:     ldString(best["inLanguage"]),
		Description:  ldString(best["description"]),
		AnyPublished: anyPublished,
	}
	a.Authors, a.OrgAuthors = ldAuthors(resolveLD(best["author"], byID))
	if name := ldString(best["name"]); name != "" && bestRank >= 2 {
		a.Name = name
	}
	if a.URL == "" {
		a.URL = ldURL(best["mainEntityOfPage"])
	}
	if p := ldNames(best["publisher"]); len(p) > 0 {
		a.Publisher = p[0]
	} else {
		a.Publisher = publisher
	}
	return a
}

// foldControls replaces raw control characters, which some sites leave
// inside JSON strings, with spaces.
func foldControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
}

// walkLD calls fn for every object in a JSON-LD value, following @graph,
// arrays and nested objects up to a modest depth.
func walkLD(v any, depth int, fn func(map[string]any)) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walkLD(e, depth+1, fn)
		}
	case map[string]any:
		fn(x)
		for k, e := range x {
			if k == "@graph" || k == "mainEntity" || k == "itemListElement" || k == "hasPart" {
				walkLD(e, depth+1, fn)
			}
		}
	}
}

// ldTypes returns an object's @type values in lower case.
func ldTypes(obj map[string]any) []string {
	switch t := obj["@type"].(type) {
	case string:
		return []string{strings.ToLower(t)}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, strings.ToLower(s))
			}
		}
		return out
	}
	return nil
}

// ldString returns a JSON-LD value as text: a string, the first string of
// an array, or an object's name or @value.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return metaText(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			return s
		}
		return ldString(x["@value"])
	}
	return ""
}

// ldURL returns a URL value: a string or an object's @id or url.
func ldURL(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		if s, ok := x["@id"].(string); ok {
			return strings.TrimSpace(s)
		}
		if s, ok := x["url"].(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// ldNames returns the names in a JSON-LD author or publisher value: a
// string, an object with a name, or an array of either.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if s := metaText(x); s != "" {
			return []string{s}
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}

// trimToJSON cuts what surrounds the JSON value in a script: CDATA
// markers, comments, stray semicolons.
func trimToJSON(s string) string {
	if i := strings.Index(s, "<![CDATA["); i >= 0 {
		s = s[i+len("<![CDATA["):]
	}
	if j := strings.LastIndex(s, "]]>"); j >= 0 {
		s = s[:j]
	}
	i := strings.IndexAny(s, "{[")
	j := strings.LastIndexAny(s, "}]")
	if i < 0 || j < i {
		return s
	}
	return s[i : j+1]
}

// ldAuthors splits a JSON-LD author value into the names of people (and
// untyped names) and of organisations.
func ldAuthors(v any) (people, orgs []string) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			p, o := ldAuthors(e)
			people, orgs = append(people, p...), append(orgs, o...)
		}
		return people, orgs
	case map[string]any:
		for _, t := range ldTypes(x) {
			if t == "organization" || t == "newsmediaorganization" {
				return nil, ldNames(x)
			}
		}
	}
	return ldNames(v), nil
}

// resolveLD replaces the references in a JSON-LD value ({"@id": …} with
// no name) by the objects of the page that carry that @id, as Yoast's
// @graph links an article to its author.
func resolveLD(v any, byID map[string]map[string]any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = resolveLD(e, byID)
		}
		return out
	case map[string]any:
		if id, ok := x["@id"].(string); ok && ldString(x["name"]) == "" {
			if obj, ok := byID[id]; ok {
				return obj
			}
		}
	}
	return v
}

// ldRawString returns a string value as is (line breaks kept), or the
// first string of an array.
func ldRawString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok && s != "" {
				return s
			}
		}
	}
	return ""
}
