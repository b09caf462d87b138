using System.CommandLine;
using TelnetTui.Cli;

namespace TelnetTui;

/// <summary>Entry point: builds the command line (see DESIGN.md, "The command line") and runs it.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = CommandLineBuilder.Build();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                Console.Error.WriteLine($"telnettui: {error.Message}");
            Console.Error.WriteLine("Try 'telnettui --help'.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke();
    }
}
