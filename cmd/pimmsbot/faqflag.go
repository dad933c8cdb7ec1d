package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"pimmsbot/faq"
	"pimmsbot/internal/catalog"
)

// faqFS returns the FAQ folder to read: the embedded FAQ when dir is "",
// the folder dir otherwise. name is how problems should prefix file names.
func faqFS(dir string) (fsys fs.FS, name string) {
	if dir == "" {
		return faq.FS, "faq"
	}
	return os.DirFS(dir), dir
}

// faqDirMissing returns why dir cannot be the FAQ folder (it does not
// exist, or is a file), nil when it can or is "" (the embedded FAQ).
func faqDirMissing(dir string) error {
	if dir == "" {
		return nil
	}
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("le dossier de FAQ %s n'existe pas\u00a0; vérifiez le chemin (--faq ou PIMMS_FAQ_DIR), ou retirez-le pour la FAQ intégrée", dir)
	case err != nil:
		return fmt.Errorf("dossier de FAQ %s\u00a0: %w", dir, err)
	case !fi.IsDir():
		return fmt.Errorf("%s est un fichier\u00a0: --faq attend le dossier de la FAQ", dir)
	}
	return nil
}

// loadCatalog loads and validates the FAQ: the embedded one when dir is "",
// the folder dir otherwise (a site manager's copy, given with --faq). On
// invalid content the error is a *catalog.Problems.
func loadCatalog(dir string) (*catalog.Catalog, error) {
	if err := faqDirMissing(dir); err != nil {
		return nil, err
	}
	fsys, _ := faqFS(dir)
	return catalog.Load(fsys)
}

// faqFlag adds the --faq flag to fs and returns where its value goes.
func faqFlag(fs *flag.FlagSet) *string {
	return fs.String("faq", "", "lire la FAQ dans ce `dossier` plutôt que la FAQ intégrée")
}

// joinDir prefixes a FAQ file name with the folder faqFS read it from.
func joinDir(dir, file string) string {
	if dir == "faq" {
		return path.Join(dir, file)
	}
	return filepath.Join(dir, file)
}
