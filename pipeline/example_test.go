package pipeline_test

import (
	"context"
	"fmt"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/pipeline"
)

// Process runs every stage over one article and returns its fact sheet.
func ExampleProcess() {
	it := corpus.Item{
		ID:     "budget",
		Format: corpus.FormatText,
		Body: []byte("The council will spend £3.5m on new cycle lanes, its leader Anna Reyes said on Monday.\n\n" +
			"\"This is the biggest investment in safe streets the city has ever made,\" Ms Reyes told the Evening Post."),
	}
	s := pipeline.Process(context.Background(), it, pipeline.Options{})
	for _, q := range s.Quotes {
		fmt.Printf("quote %q by %s (%s)\n", q.Text, *q.Speaker, q.Attribution)
	}
	for _, n := range s.Numbers {
		fmt.Printf("number %q = %v %s\n", s.Text[n.Start:n.End], n.Value, n.Unit)
	}
	// Output:
	// quote "This is the biggest investment in safe streets the city has ever made," by Anna Reyes (title)
	// number "£3.5m" = 3.5e+06 GBP
}

// Run processes a whole corpus with several workers and hands the sheets
// to a callback in input order.
func ExampleRun() {
	r := corpus.OpenSample()
	st, err := pipeline.Run(context.Background(), r, pipeline.Options{Workers: 2, TextOnly: true}, func(s *pipeline.Sheet) error {
		fmt.Println(s.ID, "-", s.Article.Title)
		return nil
	})
	fmt.Println(st.Articles, "articles,", st.Failed, "failed, error:", err)
	// Output:
	// barnet - Labour seizes control of Barnet council in historic win
	// court-fraud - Former charity director jailed for £1.4m fraud
	// football-derby - Late Okonkwo header wins derby for Millbridge
	// results-retail - Harbour Foods profits jump 18% as shoppers return to stores
	// 4 articles, 0 failed, error: <nil>
}
