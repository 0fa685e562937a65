// Package pipeline turns articles into fact sheets. Its stages are plain
// functions: Clean (page to body text and metadata), Annotate (sentences,
// tokens, entity candidates), Extract (facts) and Emit (JSON). Run drives
// them over a corpus; Run and RunFetch (through one ordered worker pool,
// inOrder) and Check are the only places that start goroutines.
package pipeline

import "github.com/newsfacts/newsfacts/extract"

// SchemaID names the fact sheet's shape; it changes whenever the shape does.
const SchemaID = "newsfacts/factsheet/v1"

// Article is the metadata of a page. Dates are RFC 3339; empty strings
// mean unknown.
type Article struct {
	// Title is the headline, without the site name.
	Title string `json:"title"`
	// Authors are the bylined people's names, in page order; never nil.
	Authors []string `json:"authors"`
	// Published and Modified are RFC 3339 timestamps ("2022-05-06T09:12:00+01:00").
	Published string `json:"published"`
	Modified  string `json:"modified"`
	// Site is the publication's name ("The Borough Chronicle").
	Site string `json:"site"`
	// URL is the canonical address of the page.
	URL string `json:"url"`
	// Language is a BCP 47 tag ("en-GB").
	Language string `json:"language"`
	// Description is the page's own summary (meta description or og:description).
	Description string `json:"description"`
}

// StageError is one failure recorded in a sheet: the stage (read, clean,
// annotate, extract) and what went wrong.
type StageError struct {
	// Stage is "read", "clean", "annotate" or "extract".
	Stage string `json:"stage"`
	// Message is "SOURCE: STAGE: error", readable on its own.
	Message string `json:"message"`
}

// Sheet is the fact sheet of one article (schema newsfacts/factsheet/v1).
// Every span in it is a half-open UTF-8 byte range into Text.
type Sheet struct {
	// Schema is always SchemaID.
	Schema string `json:"schema"`
	// ID names the article: its path relative to the source root without
	// .html/.htm/.txt/.gz, a WARC record's target URI, or the URL.
	ID string `json:"id"`
	// Source is where it was read from: a path, a URL or "file.warc.gz#URI".
	Source string `json:"source"`
	// SHA256 is the hex SHA-256 of the raw input bytes (after gunzip).
	SHA256 string `json:"sha256"`
	// Article is the page's metadata.
	Article Article `json:"article"`
	// Text is the cleaned body, paragraphs separated by one blank line.
	Text string `json:"text"`
	// Entities, Quotes, Numbers and Claims are the facts found in Text;
	// never nil, empty when a stage failed or with Options.TextOnly.
	Entities []extract.Entity `json:"entities"`
	Quotes   []extract.Quote  `json:"quotes"`
	Numbers  []extract.Number `json:"numbers"`
	Claims   []extract.Claim  `json:"claims"`
	// Errors lists what went wrong, in stage order; empty when all went well.
	Errors []StageError `json:"errors"`
}

// Failed reports whether any stage recorded an error.
func (s *Sheet) Failed() bool { return len(s.Errors) > 0 }

// newSheet returns a sheet with every list non-nil, so JSON shows [] not null.
func newSheet(id, source string) *Sheet {
	return &Sheet{
		Schema:   SchemaID,
		ID:       id,
		Source:   source,
		Article:  Article{Authors: []string{}},
		Entities: []extract.Entity{},
		Quotes:   []extract.Quote{},
		Numbers:  []extract.Number{},
		Claims:   []extract.Claim{},
		Errors:   []StageError{},
	}
}
