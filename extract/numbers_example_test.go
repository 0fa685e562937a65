package extract_test

import (
	"context"
	"fmt"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/nlp"
)

func ExampleNumbers() {
	text := "Overnight the Conservatives lost 14 seats and Labour gained 18. The turnout was 37.9 per cent, and the council spent £1.2m in 2021."
	d, err := nlp.Annotate(context.Background(), text)
	if err != nil {
		panic(err)
	}
	for _, n := range extract.Numbers(d, extract.DefaultLexicon()) {
		fmt.Printf("%s %q %g", n.Kind, n.Text, n.Value)
		if n.Unit != "" {
			fmt.Print(" ", n.Unit)
		}
		fmt.Println()
	}
	// Output:
	// count "14 seats" 14 seats
	// count "18" 18 seats
	// percent "37.9 per cent" 37.9
	// money "£1.2m" 1.2e+06 GBP
	// year "2021" 2021
}

func ExampleClaims() {
	text := "Overnight the Conservatives lost 14 seats and Labour gained 18."
	d, err := nlp.Annotate(context.Background(), text)
	if err != nil {
		panic(err)
	}
	lex := extract.DefaultLexicon()
	for _, c := range extract.Claims(d, nil, extract.Numbers(d, lex), lex) {
		fmt.Printf("%s %s %+g (%q)\n", c.Subject, c.Metric, *c.Change, c.Text)
	}
	// Output:
	// Conservatives seats -14 ("the Conservatives lost 14 seats")
	// Labour seats +18 ("Labour gained 18")
}
