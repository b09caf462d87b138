using System.CommandLine;
using System.Text;
using TelnetTui.Terminal.Output;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Cli;

/// <summary>
/// telnettui view FILE [--cols N] [--rows N] [--format text|ansi] [--encoding E] [--scrollback]:
/// renders a byte stream (ANSI art, a capture) through the emulator and prints the final screen.
/// </summary>
public static class ViewCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "the byte stream to render (ANSI art, a capture, any terminal output)" };
        var cols = new Option<int?>("--cols") { Description = $"screen width (default: the file's SAUCE width, else {ViewRenderer.DefaultColumns})" };
        var rows = new Option<int?>("--rows") { Description = $"screen height (default: the file's SAUCE height, else {ViewRenderer.DefaultRows})" };
        var format = new Option<string>("--format") { Description = "text: plain rows for scripts; ansi: with colours, for people", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "ansi");
        var encoding = new Option<string?>("--encoding") { Description = "utf-8, cp437 (ANSI-BBS mode), latin1, cp1252, koi8-r, big5, gbk... (default: cp437 for SAUCE or .ans files, else utf-8)" };
        var scrollback = new Option<bool>("--scrollback") { Description = "also print the lines that scrolled off the top" };
        ScreenSizeValidation.Add(cols, rows);
        encoding.Validators.Add(result =>
        {
            var name = result.GetValueOrDefault<string?>();
            if (name is not null && !TerminalEncoding.TryGet(name, out _))
                result.AddError($"unknown encoding '{name}' (try utf-8, cp437, latin1, cp1252, koi8-r, big5, gbk)");
        });

        var command = new Command("view", "Render a byte stream (ANSI art, a capture) through the emulator and print the final screen.")
        {
            file, cols, rows, format, encoding, scrollback,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var request = new ViewRequest
            {
                Columns = parse.GetValue(cols),
                Rows = parse.GetValue(rows),
                Encoding = parse.GetValue(encoding) is { } name ? TerminalEncoding.Get(name) : null,
                Ansi = parse.GetValue(format) == "ansi",
                IncludeScrollback = parse.GetValue(scrollback),
                FileName = path.Name,
            };
            return Run(path, request);
        });
        return command;
    }

    private static int Run(FileInfo path, ViewRequest request)
    {
        FileStream stream;
        try
        {
            stream = path.OpenRead();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"telnettui: cannot read {path.FullName}: {e.Message}");
            return ExitCodes.Failure;
        }
        using (stream)
        {
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024);
            try
            {
                ViewRenderer.Render(stream, request, stdout);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"telnettui: reading {path.FullName} failed: {e.Message}");
                return ExitCodes.Failure;
            }
        }
        return ExitCodes.Success;
    }
}
