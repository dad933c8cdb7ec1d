// Package catalogtest gives tests the embedded FAQ and its matcher, loaded
// and indexed once per test binary.
package catalogtest

import (
	"sync"
	"testing"

	"pimmsbot/faq"
	"pimmsbot/internal/catalog"
)

var (
	once    sync.Once
	cat     *catalog.Catalog
	matcher *catalog.Matcher
	err     error
)

func load() {
	cat, err = catalog.Load(faq.FS)
	if err == nil {
		matcher = catalog.NewMatcher(cat)
	}
}

// FAQ returns the embedded FAQ. It fails the test when the FAQ has errors.
func FAQ(tb testing.TB) *catalog.Catalog {
	tb.Helper()
	once.Do(load)
	if err != nil {
		tb.Fatalf("load the embedded FAQ: %v", err)
	}
	return cat
}

// Matcher returns the matcher of the embedded FAQ. It is safe for
// concurrent use, so tests may share it.
func Matcher(tb testing.TB) *catalog.Matcher {
	tb.Helper()
	FAQ(tb)
	return matcher
}
