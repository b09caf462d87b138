using TelnetTui.Cli;
using TelnetTui.Core.Files;
using TelnetTui.Core.Sessions;
using TelnetTui.Core.Settings;
using TelnetTui.Scripting.Engine;
using TelnetTui.Scripting.Host;
using TelnetTui.Scripting.Loading;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Sessions;
using System.Runtime.CompilerServices;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Headless;

/// <summary>
/// <c>telnettui run SCRIPT.lua [HOST [PORT]]</c>: the session core and the scripting engine with no UI.
/// The emulator still runs (scripts read it with <c>screen.*</c>). The script starts before the
/// connection is made, so its first <c>wait_for</c> sees everything the host sends. Script output
/// (<c>log</c>, <c>print</c>, <c>echo</c>) goes to stdout, errors to stderr. Exit 0 when the script's
/// main chunk returns, 1 when it fails (an error, a wait that timed out, the connection refused or
/// closed while it waited), 2 for bad usage.
/// Only this script runs: not the host entry's scripts, triggers or aliases, nor global/ and hosts/ID/
/// (automation stays self-contained); require() and file.* still use the scripts folder.
/// </summary>
public static class ScriptRunner
{
    /// <summary>Session messages handled per turn before the engine's timers get a look.</summary>
    public const int MessagesPerTurn = 64;

    public static async Task<int> RunAsync(ScriptRunOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var script = Path.GetFullPath(options.Script);
        if (!File.Exists(script))
        {
            error.WriteLine($"telnettui: {script}: no such script");
            return ExitCodes.Failure;
        }
        if (options.Encoding is { } name && !TerminalEncoding.TryGet(name, out _))
        {
            error.WriteLine($"telnettui: --encoding {name}: unknown encoding; use one of {string.Join(", ", KnownEncodings.Names)}");
            return ExitCodes.Usage;
        }
        var paths = options.ConfigFile is { } file ? ConfigPaths.ForConfigFile(file) : ConfigPaths.FromEnvironment();
        var config = new ConfigStore(paths).Load();
        foreach (var diagnostic in config.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            error.WriteLine($"telnettui: {diagnostic}");
        var plan = new ScriptLoadPlan
        {
            ScriptsFolder = AppFolders.Scripts(config.Settings.Scripts.Folder, Environment.GetEnvironmentVariable),
            Autoload = false,
        };
        var print = Printer(output, error);
        if (options.Host is null)
            return await RunOfflineAsync(options, script, plan, print, output, error, cancellationToken).ConfigureAwait(false);
        if (!HostResolver.TryResolve(options.Host, options.Port, options.Tls, config.Book, out var resolved, out var problem))
        {
            error.WriteLine($"telnettui: {problem}");
            return ExitCodes.Usage;
        }

        var inbox = Session.CreateInbox();
        await using var session = new Session(new SessionOptions
        {
            Host = resolved!.Host,
            Settings = config.Settings,
            UseTls = resolved.UseTls,
            Encoding = options.Encoding,
            Columns = options.Columns ?? 80,
            Rows = options.Rows ?? 24,
            Clock = options.Clock,
            Connector = options.Connector,
        }, inbox.Writer);
        session.StateChanged += change =>
        {
            if (change.Current == SessionState.Closed && change.Reason is { IsConnectFailure: true } reason)
                error.WriteLine($"telnettui: cannot connect to {resolved.Host.Host}:{resolved.Host.Port}: {reason}");
        };
        using var engine = new ScriptEngine(new SessionScriptHost(session, options.Clock, print, output.WriteLine));
        engine.Load(plan with { HostId = resolved.Host.Id });
        using var scripting = new SessionScripting(session, engine);
        var outcome = Start(engine, script);
        if (outcome.Value is null)
        {
            session.Connect();
            while (outcome.Value is null)
            {
                await WaitForWorkAsync(inbox.Reader.WaitToReadAsync, engine.TimeUntilNextDue, options.Clock, cancellationToken).ConfigureAwait(false);
                SessionPump.Drain(inbox.Reader, MessagesPerTurn);
                scripting.AfterInput();
                engine.Tick();
                if (outcome.Value is null && session.State == SessionState.Closed && engine.TimeUntilNextDue is null && inbox.Reader.Count == 0)
                {
                    error.WriteLine("telnettui: the connection closed and the script has nothing left to wait for");
                    break;
                }
            }
        }
        session.Disconnect();
        return outcome.Value?.State == ScriptState.Loaded ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static async Task<int> RunOfflineAsync(ScriptRunOptions options, string script, ScriptLoadPlan plan, Action<ScriptOutput> print,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var engine = new ScriptEngine(new OfflineScriptHost(options.Clock, print, output.WriteLine));
        engine.Load(plan);
        var outcome = Start(engine, script);
        while (outcome.Value is null)
        {
            if (engine.TimeUntilNextDue is not { } due)
            {
                error.WriteLine("telnettui: the script waits for text from a host, but none was given (telnettui run SCRIPT HOST [PORT])");
                return ExitCodes.Failure;
            }
            await Task.Delay(due, options.Clock, cancellationToken).ConfigureAwait(false);
            engine.Tick();
        }
        return outcome.Value.State == ScriptState.Loaded ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>Runs the script up to its first wait; the box fills when its main chunk ends (now or later).</summary>
    private static StrongBox<ScriptInfo?> Start(ScriptEngine engine, string script)
    {
        var outcome = new StrongBox<ScriptInfo?>(null);
        engine.ScriptFinished += info =>
        {
            if (info.Path == script)
                outcome.Value = info;
        };
        var started = engine.RunFile(script);
        if (started.State != ScriptState.Waiting)
            outcome.Value ??= started; // a syntax error never started, so it never "finished"
        return outcome;
    }

    private static async Task WaitForWorkAsync(Func<CancellationToken, ValueTask<bool>> waitToRead, TimeSpan? due, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeout = due is { } d ? new CancellationTokenSource(d, clock) : null;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout?.Token ?? CancellationToken.None);
        try
        {
            await waitToRead(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A timer or a wait's deadline is due.
        }
    }

    private static Action<ScriptOutput> Printer(TextWriter output, TextWriter error) => entry =>
    {
        switch (entry.Kind)
        {
            case ScriptOutputKind.Log or ScriptOutputKind.Result:
                output.WriteLine(entry.Text);
                break;
            case ScriptOutputKind.Error:
                error.WriteLine(entry.ToString());
                break;
            case ScriptOutputKind.Info:
                error.WriteLine("telnettui: " + entry.Text);
                break;
        }
    };
}
