using System.Runtime.CompilerServices;

// The conformance harness reads the pen (SGR state) for libvterm's "?pen" assertions.
[assembly: InternalsVisibleTo("TelnetTui.Terminal.Tests")]
