using System.CommandLine;

namespace TelnetTui.Cli;

/// <summary>Assembles the root command and its subcommands; each subcommand lives in its own file.</summary>
public static class CommandLineBuilder
{
    public static RootCommand Build()
    {
        var root = new RootCommand("TelnetTui: a full-screen telnet client for BBSes and MUDs.");
        TuiCommand.Configure(root);
        // Subcommands register here, one line each (view, serve, replay, run, ...).
        root.Subcommands.Add(ImportSyncTermCommand.Create());
        root.Subcommands.Add(ViewCommand.Create());
        root.Subcommands.Add(UiDemoCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ReplayCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        return root;
    }
}
