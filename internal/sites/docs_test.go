package sites

import (
	"os"
	"strings"
	"testing"
)

// TestDeployDocExample keeps the sites file shown in docs/deploy.md valid,
// and its sample errors true.
func TestDeployDocExample(t *testing.T) {
	doc, err := os.ReadFile("../../docs/deploy.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(doc), "## A network of sites")
	if !ok {
		t.Fatal("docs/deploy.md has no section « A network of sites »")
	}
	_, rest, _ := strings.Cut(section, "```yaml\n")
	example, rest, _ := strings.Cut(rest, "```")
	_, rest, _ = strings.Cut(rest, "```text\n")
	sample, _, _ := strings.Cut(rest, "```")
	n, err := parse([]byte(example), t.TempDir(), false)
	if err != nil {
		t.Fatalf("the example in docs/deploy.md: %v", err)
	}
	if len(n.Sites) != 3 || n.Default().ID != "lyon-vaise" {
		t.Errorf("the example has %d sites, default %q; want 3 and lyon-vaise", len(n.Sites), n.DefaultID)
	}
	broken := strings.Replace(example, `postcodes: ["69100", "69009"]`, `postcodes: ["6910", "69009"]`, 1)
	broken = strings.Replace(broken, `role: "1400000000000000006"`, `role: ""`, 1)
	_, err = parse([]byte(broken), t.TempDir(), false)
	for _, line := range strings.Split(strings.TrimSpace(sample), "\n")[1:] {
		if err == nil || !strings.Contains(err.Error(), line) {
			t.Errorf("docs/deploy.md shows the error %q, the file gives:\n%v", line, err)
		}
	}
}
