using TelnetTui.Core.Book;
using TelnetTui.Core.Settings;
using TelnetTui.Toml;

namespace TelnetTui.Core.Files;

/// <summary>
/// Finds, creates and reads the user's config.toml and book.toml. On first run (a file missing)
/// the file is written from the built-in example. A file that does not parse is reported and left
/// alone: the program starts on defaults (or an empty, read-only book) and never overwrites it.
/// </summary>
public sealed class ConfigStore(ConfigPaths paths, IConfigFileSystem? fileSystem = null)
{
    private readonly IConfigFileSystem _fs = fileSystem ?? DiskFileSystem.Instance;

    public ConfigPaths Paths { get; } = paths;

    public LoadedConfig Load()
    {
        var diagnostics = new List<SettingsDiagnostic>();
        var created = new List<string>();
        CreateIfMissing(Paths.ConfigFile, ExampleConfig.ConfigPart, created, diagnostics);
        CreateIfMissing(Paths.BookFile, BookPreamble + ExampleConfig.BookPart, created, diagnostics);

        var settingsFile = new ConfigDocumentFile(Paths.ConfigFile, _fs);
        settingsFile.Load();
        var settings = AppSettings.Defaults;
        if (settingsFile.ParseError is { } error)
        {
            diagnostics.Add(SettingsDiagnostic.FromTomlError(error) with
            {
                Message = error.Reason + " (running on default settings; the file is left as it is)",
            });
        }
        else
        {
            var root = settingsFile.Document!.Root;
            (settings, var found) = SettingsMapper.Map(root, Paths.ConfigFile, [BookMapper.HostsKey]);
            diagnostics.AddRange(found);
            if (root.TryGetValue(BookMapper.HostsKey, out var hosts))
            {
                diagnostics.Add(SettingsDiagnostic.At(DiagnosticSeverity.Warning, hosts.KeyPosition, Paths.ConfigFile, BookMapper.HostsKey,
                    $"hosts belong in {Paths.BookFile}; the ones here are ignored"));
            }
        }

        var bookFile = new ConfigDocumentFile(Paths.BookFile, _fs);
        bookFile.Load();
        var book = new ConnectionBook(bookFile);
        if (bookFile.ParseError is { } bookError)
        {
            diagnostics.Add(SettingsDiagnostic.FromTomlError(bookError) with
            {
                Message = bookError.Reason + " (the book is empty and read-only until the file is fixed; it is left as it is)",
            });
        }
        else
        {
            diagnostics.AddRange(book.Diagnostics);
        }
        return new LoadedConfig(settings, book, settingsFile, diagnostics, created);
    }

    /// <summary>The first lines of a book.toml made on first run.</summary>
    public const string BookPreamble =
        "# TelnetTui connection book: one [hosts.ID] table per saved host.\n" +
        "# Edit by hand or from the book pane; the program keeps your comments and layout.\n" +
        "# Every field is described in appsettings.example.toml.\n\n";

    private void CreateIfMissing(string path, string content, List<string> created, List<SettingsDiagnostic> diagnostics)
    {
        if (_fs.Exists(path))
            return;
        try
        {
            _fs.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            _fs.WriteAtomic(path, new System.Text.UTF8Encoding(false).GetBytes(content));
            created.Add(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new SettingsDiagnostic(DiagnosticSeverity.Error, path, 0, 0, "", $"could not create it from the example: {e.Message}"));
        }
    }
}
