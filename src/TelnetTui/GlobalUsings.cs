// The toolkit's frame buffer, not System.Buffer: every view in the app draws into one.
global using Buffer = TelnetTui.Tui.Buffer;
