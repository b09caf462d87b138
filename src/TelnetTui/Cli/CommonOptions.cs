using System.CommandLine;
using TelnetTui.Terminal.Model;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Cli;

/// <summary>
/// The options DESIGN.md lists as common to the commands that open a session (the TUI, <c>run</c>,
/// <c>replay</c>): --encoding, --force-binary, --term, --tls, --config, --log, --capture, --cols, --rows.
/// Each command makes its own set (an option object belongs to one command) and reads it back with <see cref="Read"/>.
/// </summary>
public sealed class CommonOptions
{
    /// <summary>Longest terminal type name (RFC 1091 allows 40 characters).</summary>
    public const int MaxTerminalTypeLength = 40;

    public Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = "Character encoding of the host: utf-8, cp437 (BBS art), latin1, cp1252, koi8-r, big5, gbk... (default: the book entry's, else utf-8).",
    };

    public Option<bool> ForceBinary { get; } = new("--force-binary") { Description = "Ask for 8-bit binary transmission both ways at connect." };

    public Option<string?> Term { get; } = new("--term") { Description = "The terminal type offered first to the host (TTYPE), e.g. ansi or xterm-256color." };

    public Option<bool> Tls { get; } = new("--tls") { Description = "Connect over TLS (like telnets://; port 992 unless given)." };

    public Option<FileInfo?> Config { get; } = new("--config") { Description = "The settings file to use (default $XDG_CONFIG_HOME/telnettui/config.toml); book.toml is read beside it." };

    public Option<FileInfo?> Log { get; } = new("--log") { Description = "Append a plain-text log of the session, with timestamps, to FILE (typed passwords are not logged)." };

    public Option<FileInfo?> Capture { get; } = new("--capture") { Description = "Record the session's received bytes with timestamps to FILE, for `telnettui replay`." };

    public Option<int?> Columns { get; } = new("--cols") { Description = "A fixed width reported to the host (NAWS) instead of the pane's; with --rows." };

    public Option<int?> Rows { get; } = new("--rows") { Description = "A fixed height reported to the host (NAWS) instead of the pane's; with --cols." };

    public CommonOptions()
    {
        Encoding.Validators.Add(result =>
        {
            var name = result.GetValueOrDefault<string?>();
            if (name is not null && !TerminalEncoding.TryGet(name, out _))
                result.AddError($"unknown encoding '{name}' (try utf-8, cp437, latin1, cp1252, koi8-r, big5, gbk)");
        });
        Term.Validators.Add(result =>
        {
            var name = result.GetValueOrDefault<string?>();
            if (name is not null && (name.Length is 0 or > MaxTerminalTypeLength || name.Any(c => c is < '!' or > '~')))
                result.AddError($"'{name}' is not a terminal type (1 to {MaxTerminalTypeLength} printable ASCII characters, no spaces)");
        });
        Config.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo?>() is { } file && !file.Exists)
                result.AddError($"--config {file.FullName}: no such file");
        });
        foreach (var (option, max) in new[] { (Columns, Screen.MaxColumns), (Rows, Screen.MaxRows) })
        {
            option.Validators.Add(result =>
            {
                var value = result.GetValueOrDefault<int?>();
                if (value is < 1 || value > max)
                    result.AddError($"{result.Option.Name} must be between 1 and {max}, not {value}");
            });
        }
    }

    public IEnumerable<Option> All => [Encoding, ForceBinary, Term, Tls, Config, Log, Capture, Columns, Rows];

    public void AddTo(Command command)
    {
        foreach (var option in All)
            command.Options.Add(option);
        command.Validators.Add(result =>
        {
            var cols = result.GetValue(Columns);
            var rows = result.GetValue(Rows);
            if (cols.HasValue != rows.HasValue)
                result.AddError("--cols and --rows go together (a size is both)");
        });
    }

    public SessionOverrides Read(ParseResult result) => new()
    {
        Encoding = result.GetValue(Encoding),
        ForceBinary = result.GetValue(ForceBinary),
        TerminalType = result.GetValue(Term),
        Tls = result.GetValue(Tls),
        ConfigFile = result.GetValue(Config)?.FullName,
        LogFile = result.GetValue(Log)?.FullName,
        CaptureFile = result.GetValue(Capture)?.FullName,
        Columns = result.GetValue(Columns),
        Rows = result.GetValue(Rows),
    };
}
