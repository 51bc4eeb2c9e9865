//go:build linux || darwin

package dossier

import (
	"runtime"
	"syscall"
)

// peakRSS is the process's peak resident memory in MB.
func peakRSS() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return float64(ru.Maxrss) / (1 << 20) // bytes there
	}
	return float64(ru.Maxrss) / 1024 // kilobytes
}
