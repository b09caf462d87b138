using System.CommandLine;
using TelnetTui.Core.Book;
using TelnetTui.Core.Files;
using TelnetTui.Core.Import;

namespace TelnetTui.Cli;

/// <summary>
/// <c>telnettui import-syncterm FILE [--book BOOK]</c>: adds the telnet and telnets entries of a
/// SyncTERM dialing directory to the connection book and lists what was skipped and why.
/// </summary>
public static class ImportSyncTermCommand
{
    public static Command Create()
    {
        var list = new Argument<FileInfo>("FILE") { Description = "The SyncTERM dialing directory (syncterm.lst)." };
        var bookOption = new Option<FileInfo?>("--book")
        {
            Description = "The book to add to (default: book.toml in $XDG_CONFIG_HOME/telnettui, made on first use).",
        };
        var command = new Command("import-syncterm", "Add the telnet and telnets entries of a SyncTERM dialing directory to the connection book.")
        {
            list,
            bookOption,
        };
        command.SetAction(result => Run(result.GetValue(list)!, result.GetValue(bookOption), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(FileInfo list, FileInfo? bookFile, TextWriter output, TextWriter error)
    {
        if (!list.Exists)
        {
            error.WriteLine($"telnettui: {list.FullName}: no such file");
            return ExitCodes.Usage;
        }
        var book = bookFile is null ? new ConfigStore(ConfigPaths.FromEnvironment()).Load().Book : ConnectionBook.Open(bookFile.FullName);
        if (book.ParseError is { } parseError)
        {
            error.WriteLine($"telnettui: {parseError.Message}");
            error.WriteLine($"telnettui: {book.FilePath} is not valid TOML, so nothing was imported; fix the file first.");
            return ExitCodes.Usage;
        }
        try
        {
            var summary = book.Import(SyncTermImporter.Parse(File.ReadAllText(list.FullName), list.Name));
            output.WriteLine($"imported {summary.AddedIds.Count} host(s) into {book.FilePath}{(summary.AddedIds.Count > 0 ? ": " + string.Join(", ", summary.AddedIds) : "")}");
            foreach (var skipped in summary.Skipped)
                output.WriteLine($"skipped {skipped.Name} ({list.Name}:{skipped.Line}): {skipped.Reason}");
            foreach (var note in summary.Notes)
                output.WriteLine("note: " + note);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is ConfigFileException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"telnettui: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
