package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestLayering checks the module's dependency rule (docs in the README):
// the core and the answer engine depend only on the standard library and
// the few text libraries they need; adapters depend on the core, never on
// each other, and reach the answer engine only through the core.
func TestLayering(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	deps := func(pkg string) []string {
		t.Helper()
		out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", "pimmsbot/"+pkg).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		return strings.Fields(string(out))
	}
	text := []string{"github.com/kljensen/snowball", "go.yaml.in/yaml/v3", "golang.org/x/text"}
	allowed := map[string][]string{
		"internal/markup":       nil,
		"internal/hours":        nil,
		"internal/fakeclock":    nil,
		"internal/serial":       nil,
		"internal/logs":         nil,
		"internal/poster":       {"github.com/piglig/go-qr", "golang.org/x/image", "golang.org/x/text", "codeberg.org/go-fonts/liberation"},
		"internal/fold":         {"golang.org/x/text"},
		"internal/typo":         nil,
		"internal/secret":       {"pimmsbot/internal/fold", "pimmsbot/internal/typo", "golang.org/x/text"},
		"internal/catalog":      append([]string{"pimmsbot/internal/markup", "pimmsbot/internal/fold", "pimmsbot/internal/typo"}, text...),
		"internal/conversation": append([]string{"pimmsbot/internal/catalog", "pimmsbot/internal/markup", "pimmsbot/internal/hours", "pimmsbot/internal/secret", "pimmsbot/internal/fold", "pimmsbot/internal/typo"}, text...),
	}
	for pkg, ok := range allowed {
		for _, d := range deps(pkg) {
			if d == "pimmsbot/"+pkg || hasAnyPrefix(d, ok) {
				continue
			}
			t.Errorf("%s depends on %s", pkg, d)
		}
	}
	// The service's assembly (internal/server) and the settings
	// (internal/config) sit just below cmd: nothing else in internal uses
	// them.
	for _, pkg := range []string{"internal/bolt", "internal/telegram", "internal/discord", "internal/console", "internal/admin",
		"internal/metrics", "internal/report", "internal/conversation", "internal/catalog", "internal/sites", "internal/poster"} {
		for _, d := range deps(pkg) {
			if d == "pimmsbot/internal/server" || d == "pimmsbot/internal/config" {
				t.Errorf("%s depends on %s, which only cmd may use", pkg, d)
			}
		}
	}
	adapters := []string{"internal/bolt", "internal/telegram", "internal/discord", "internal/console", "internal/admin",
		"internal/metrics", "internal/report"}
	for _, a := range adapters {
		for _, d := range imports(t, a) {
			if d == "pimmsbot/internal/catalog" || strings.HasPrefix(d, "pimmsbot/internal/catalog/") {
				t.Errorf("adapter %s imports %s: it must ask the core (conversation.Service), which holds the answer engine", a, d)
			}
		}
		for _, d := range deps(a) {
			for _, other := range adapters {
				if other != a && (d == "pimmsbot/"+other || strings.HasPrefix(d, "pimmsbot/"+other+"/")) {
					t.Errorf("adapter %s depends on adapter %s", a, other)
				}
			}
			if strings.HasPrefix(d, "pimmsbot/cmd") {
				t.Errorf("%s depends on %s", a, d)
			}
		}
	}
}

// imports returns the packages pkg imports directly, without its tests
// (go list -deps would give the transitive ones, through the core).
func imports(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", `{{join .Imports " "}}`, "pimmsbot/"+pkg).Output()
	if err != nil {
		t.Fatalf("go list %s: %v", pkg, err)
	}
	return strings.Fields(string(out))
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if s == p || strings.HasPrefix(s, p+"/") {
			return true
		}
	}
	return false
}

// TestFunctionLength keeps every function of the module, test fakes
// included, short enough to read at once: at most 80 lines, except a
// function that is one table literal. Tests themselves are exempt.
func TestFunctionLength(t *testing.T) {
	const max = 80
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			lines := fset.Position(fn.End()).Line - fset.Position(fn.Pos()).Line + 1
			if lines > max && !tableLiteral(fn) {
				t.Errorf("%s: %s is %d lines, want at most %d", fset.Position(fn.Pos()), fn.Name.Name, lines, max)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// tableLiteral reports whether fn only returns or assigns one composite
// literal: a table, which reads whole however long it is.
func tableLiteral(fn *ast.FuncDecl) bool {
	if len(fn.Body.List) != 1 {
		return false
	}
	switch s := fn.Body.List[0].(type) {
	case *ast.ReturnStmt:
		_, ok := s.Results[0].(*ast.CompositeLit)
		return len(s.Results) == 1 && ok
	case *ast.AssignStmt:
		_, ok := s.Rhs[0].(*ast.CompositeLit)
		return len(s.Rhs) == 1 && ok
	}
	return false
}
