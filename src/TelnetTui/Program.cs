using System.CommandLine;
using TelnetTui.Cli;

namespace TelnetTui;

/// <summary>Entry point: builds the command line (see DESIGN.md, "The command line") and runs it.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Parses and runs a command line, writing to the given streams (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = CommandLineBuilder.Build();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
                error.WriteLine($"telnettui: {e.Message}");
            error.WriteLine("Try 'telnettui --help'.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
