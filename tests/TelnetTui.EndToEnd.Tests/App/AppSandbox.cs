using TelnetTui.EndToEnd.Tests.Infrastructure;

namespace TelnetTui.EndToEnd.Tests.App;

/// <summary>
/// A private home for one run of the app: HOME and the XDG folders in a temp folder, with the config.toml and
/// book.toml a test gives (the side panes closed unless it says otherwise), and the command line that runs
/// the app there in tmux. Deleted on dispose.
/// </summary>
public sealed class AppSandbox : IDisposable
{
    public const string PanesClosed = "[ui.panes]\nbook = { open = false, size = 30 }\ninspector = { open = false, size = 40 }\nscripts = { open = false, size = 30 }\n";

    public AppSandbox(string config = PanesClosed, string book = "")
    {
        Folder = Directory.CreateTempSubdirectory("telnettui-e2e-app-").FullName;
        Directory.CreateDirectory(ConfigFolder);
        File.WriteAllText(ConfigFile, config);
        File.WriteAllText(BookFile, book);
    }

    public string Folder { get; }
    public string ConfigFolder => Path.Combine(Folder, "config", "telnettui");
    public string ConfigFile => Path.Combine(ConfigFolder, "config.toml");
    public string BookFile => Path.Combine(ConfigFolder, "book.toml");

    public Dictionary<string, string> Environment => new()
    {
        ["HOME"] = Folder,
        ["XDG_CONFIG_HOME"] = Path.Combine(Folder, "config"),
        ["XDG_STATE_HOME"] = Path.Combine(Folder, "state"),
        ["XDG_DATA_HOME"] = Path.Combine(Folder, "data"),
        ["COLORTERM"] = "truecolor",
    };

    /// <summary>The shell command that runs the app with <paramref name="arguments"/> (already shell-safe).</summary>
    public static string Command(string arguments, string? dll = null) =>
        dll is null ? AppBinary.Command(arguments) : $"dotnet {AppBinary.Quote(dll)} {arguments}";

    public TmuxSession Start(string arguments, int columns = 120, int rows = 40, string? dll = null) =>
        TmuxSession.Start(Command(arguments, dll), columns, rows, Environment, Folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
