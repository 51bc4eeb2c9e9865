//go:build unix

package export

import "syscall"

// cpuSeconds is the CPU time, user and system, the process has used: a
// measure of work that other programs on a busy machine do not inflate.
func cpuSeconds() float64 {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return float64(u.Utime.Nano()+u.Stime.Nano()) / 1e9
}
