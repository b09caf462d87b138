using System.CommandLine;
using TelnetTui.Gallery;
using TelnetTui.Tui.Platform;

namespace TelnetTui.Cli;

/// <summary>
/// `telnettui ui-demo`: the widget gallery (hidden from --help). Exits 2 with a message when standard
/// input or output is not a terminal, 0 when the user quits.
/// </summary>
public static class UiDemoCommand
{
    public static Command Create()
    {
        var command = new Command("ui-demo", "Show every widget of the TUI toolkit (for trying it and for tests).") { Hidden = true };
        command.SetAction(_ => Run());
        return command;
    }

    private static int Run()
    {
        PosixTerminal terminal;
        try
        {
            terminal = PosixTerminal.Open();
        }
        catch (TerminalUnavailableException e)
        {
            Console.Error.WriteLine($"telnettui: {e.Message}");
            return ExitCodes.Usage;
        }
        var gallery = new GalleryApp(terminal);
        try
        {
            gallery.Run();
        }
        finally
        {
            gallery.Dispose();
        }
        return ExitCodes.Success;
    }
}
