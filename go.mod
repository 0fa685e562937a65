module github.com/newsfacts/newsfacts

go 1.26.0

require (
	github.com/PuerkitoBio/goquery v1.13.0
	github.com/jdkato/prose/v3 v3.2.3
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5
	golang.org/x/net v0.62.0
	golang.org/x/sync v0.25.0
	golang.org/x/text v0.43.0
)

require (
	github.com/andybalholm/cascadia v1.3.4 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
