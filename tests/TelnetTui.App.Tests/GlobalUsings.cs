global using Buffer = TelnetTui.Tui.Buffer;
