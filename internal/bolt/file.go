package bolt

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"pimmsbot/internal/conversation"
)

// createBeside creates an empty temporary file, mode 0600, in the
// directory of path (created, mode 0700, when missing), named after path
// and kind so that a leftover says what it was.
func createBeside(path, kind string) (*os.File, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	return os.CreateTemp(dir, "."+filepath.Base(path)+"."+kind+"-*")
}

// replaceWith makes the temporary file f, whose content is synced, the
// file at path: it closes f, renames it over path and syncs the
// directory, so that path is either its former content or all of f's,
// even after a crash. f is removed when it fails.
func replaceWith(f *os.File, path string) error {
	err := f.Close()
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return err
	}
	syncDir(filepath.Dir(path))
	return nil
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// writeAtomic writes the file at path with write, through a temporary
// file beside it that is synced, then renamed over path (replaceWith):
// path is never seen half written. This is the one place where pimmsbot
// writes a file in place of another.
func writeAtomic(path string, write func(f *os.File) error) error {
	f, err := createBeside(path, "tmp")
	if err != nil {
		return err
	}
	err = write(f)
	if err == nil {
		err = f.Sync()
	}
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	return replaceWith(f, path)
}

// SaveBackup writes to path, mode 0600, the copy of the database at db
// that write produces: the running service's copy, received through its
// admin socket. As BackupFile, it writes a temporary file beside path and
// renames it once synced, so that path is either the previous file or a
// complete copy, and it refuses to overwrite the database itself with
// EINVALID. It returns the number of bytes written.
func SaveBackup(db, path string, write func(w io.Writer) (int64, error)) (n int64, err error) {
	if same, err := samePath(path, db); err != nil {
		return 0, fmt.Errorf("le chemin %s ne se lit pas\u00a0; vérifiez-le (détail\u00a0: %w)", path, err)
	} else if same {
		return 0, conversation.Errorf(conversation.EINVALID, "%s est la base elle-même\u00a0: rien n'est écrit. Donnez un autre nom de fichier pour la copie.", path)
	}
	err = writeAtomic(path, func(f *os.File) error {
		n, err = write(f)
		return err
	})
	return n, err
}

// samePath reports whether a and b name the same file.
func samePath(a, b string) (bool, error) {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(fa, fb), nil
	}
	absA, err := filepath.Abs(a)
	if err != nil {
		return false, err
	}
	absB, err := filepath.Abs(b)
	if err != nil {
		return false, err
	}
	return absA == absB, nil
}
