using System.CommandLine;
using TelnetTui.Headless;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Cli;

/// <summary>
/// <c>telnettui run SCRIPT.lua [HOST [PORT]] [--cols N] [--rows N] [--encoding E] [--tls] [--config FILE]</c>:
/// headless automation with the same session core and Lua API as the TUI (see <see cref="ScriptRunner"/>).
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var script = new Argument<FileInfo>("SCRIPT") { Description = "the Lua script to run (docs/scripting.md)" };
        var host = new Argument<string?>("HOST") { Description = "a book id, host, host:port, telnet://... or telnets://...; without it the script runs offline", Arity = ArgumentArity.ZeroOrOne };
        var port = new Argument<int?>("PORT") { Description = "the port (default 23, or 992 with TLS)", Arity = ArgumentArity.ZeroOrOne };
        var cols = new Option<int?>("--cols") { Description = "the emulator's width, reported by NAWS (default 80)", HelpName = "N" };
        var rows = new Option<int?>("--rows") { Description = "the emulator's height (default 24)", HelpName = "N" };
        var encoding = new Option<string?>("--encoding") { Description = "the host's character encoding (utf-8, cp437, latin1, ...)", HelpName = "E" };
        var tls = new Option<bool>("--tls") { Description = "connect over TLS (telnets)" };
        var config = new Option<FileInfo?>("--config") { Description = "the settings file (default ~/.config/telnettui/config.toml)", HelpName = "FILE" };
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
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 or > 65535)
                result.AddError("PORT must be between 1 and 65535");
        });

        var command = new Command("run", "Run a Lua script against a host without the UI (expect-style automation); exit 0 when it returns.")
        {
            script, host, port, cols, rows, encoding, tls, config,
        };
        command.SetAction((parse, cancellationToken) => ScriptRunner.RunAsync(new ScriptRunOptions
        {
            Script = parse.GetValue(script)!.FullName,
            Host = parse.GetValue(host),
            Port = parse.GetValue(port),
            Columns = parse.GetValue(cols),
            Rows = parse.GetValue(rows),
            Encoding = parse.GetValue(encoding),
            Tls = parse.GetValue(tls),
            ConfigFile = parse.GetValue(config)?.FullName,
        }, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }
}
