// Package assets bundles everything Briefwright needs at run time into the
// binary, so a packaged build never looks for files on disk or the network.
package assets

import _ "embed"

// DemoArticle is the reference article the demo dossier is built from.
//
//go:embed demo/cartel-strikes.txt
var DemoArticle string

// DemoMeta describes DemoArticle, since a plain-text file carries no
// metadata of its own.
var DemoMeta = struct {
	Title, Outlet, Author, Published, File string
}{
	Title:     "U.S. military prepares strike options against Mexican cartels",
	Outlet:    "",
	Author:    "",
	Published: "",
	File:      "cartel-strikes.txt",
}
