using System.CommandLine;
using System.Globalization;
using System.Text;
using TelnetTui.Core.Replay;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Cli;

/// <summary>
/// telnettui replay CAPTURE [--format text|ansi] [--cols N] [--rows N] [--at SECONDS] [--scrollback]
/// [--export-asciicast OUT.cast]: prints the screen a recorded session ends on (or the screen at a
/// time), or exports the recording as an asciicast v2 file. Without --format or --export-asciicast it
/// plays the recording back inside the TUI (<see cref="ReplayTui"/>).
/// </summary>
public static class ReplayCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("CAPTURE") { Description = "a capture recorded with --capture or Alt+C (.ttcap)" };
        var format = new Option<string?>("--format") { Description = "text: the final screen as plain rows; ansi: with colours" };
        format.AcceptOnlyFromAmong("text", "ansi");
        var cols = new Option<int?>("--cols") { Description = "screen width (default: as recorded; a fixed size ignores recorded resizes)" };
        var rows = new Option<int?>("--rows") { Description = "screen height (default: as recorded)" };
        var at = new Option<double?>("--at") { Description = "show the screen this many seconds into the recording instead of at its end" };
        var scrollback = new Option<bool>("--scrollback") { Description = "also print the lines that scrolled off the top" };
        var export = new Option<FileInfo?>("--export-asciicast") { Description = "write the recording as an asciicast v2 file (asciinema) instead" };
        foreach (var size in new[] { cols, rows })
        {
            var max = size == cols ? Screen.MaxColumns : Screen.MaxRows;
            size.Validators.Add(result =>
            {
                var value = result.GetValueOrDefault<int?>();
                if (value is < 1 || value > max)
                    result.AddError($"{result.Option.Name} must be between 1 and {max}, not {value}");
            });
        }
        at.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is < 0)
                result.AddError("--at must be zero or more seconds");
        });

        var command = new Command("replay", "Play a recorded session back in the TUI (pause, speed, seek), print the screen it ends on, or export it as asciicast v2.")
        {
            file, format, cols, rows, at, scrollback, export,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            if (parse.GetValue(export) is { } cast)
                return Export(path, cast, output, error);
            if (parse.GetValue(format) is not { } chosen)
                return ReplayTui.Run(path, new ReplayOptions { Columns = parse.GetValue(cols), Rows = parse.GetValue(rows) }, error);
            var request = new ReplayRenderRequest
            {
                Options = new ReplayOptions { Columns = parse.GetValue(cols), Rows = parse.GetValue(rows) },
                At = parse.GetValue(at) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                Ansi = chosen == "ansi",
                IncludeScrollback = parse.GetValue(scrollback),
            };
            return Render(path, request, output, error);
        });
        return command;
    }

    private static int Render(FileInfo path, ReplayRenderRequest request, TextWriter output, TextWriter error)
    {
        if (Open(path, error) is not { } reader)
            return ExitCodes.Failure;
        using (reader)
        {
            try
            {
                var text = new StringWriter { NewLine = "\n" };
                var truncated = ReplayRenderer.Render(reader, request, text);
                output.Write(text.ToString());
                if (truncated)
                    error.WriteLine($"telnettui: {path.FullName} ends in the middle of a record (the recording was cut off); shown up to there");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                error.WriteLine($"telnettui: {path.FullName}: {e.Message}");
                return ExitCodes.Failure;
            }
        }
    }

    private static int Export(FileInfo path, FileInfo cast, TextWriter output, TextWriter error)
    {
        if (Open(path, error) is not { } reader)
            return ExitCodes.Failure;
        using (reader)
        {
            try
            {
                int events;
                using (var writer = new StreamWriter(cast.FullName, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
                    events = AsciicastExporter.Export(reader, writer);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {cast.FullName}: {events} events, {reader.Meta.Columns}x{reader.Meta.Rows}"));
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error.WriteLine($"telnettui: exporting {path.FullName} to {cast.FullName} failed: {e.Message}");
                return ExitCodes.Failure;
            }
        }
    }

    private static CaptureReader? Open(FileInfo path, TextWriter error)
    {
        try
        {
            return CaptureReader.Open(path.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"telnettui: cannot read {path.FullName}: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"telnettui: {path.FullName}: {e.Message}");
        }
        return null;
    }
}
