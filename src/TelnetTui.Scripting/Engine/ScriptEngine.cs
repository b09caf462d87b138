using System.Text;
using TelnetTui.Scripting.Host;
using TelnetTui.Scripting.Items;
using TelnetTui.Scripting.Lines;
using TelnetTui.Scripting.Loading;
using TelnetTui.Scripting.Pane;
using TelnetTui.Scripting.Runtime;
using TelnetTui.Scripting.Triggers;

namespace TelnetTui.Scripting.Engine;

/// <summary>
/// The scripting engine of one session: a sandboxed Lua state, the triggers, aliases, timers and
/// handlers scripts (and the host's TOML entry) register, and the entry points the Session calls:
/// received text (<see cref="Receive"/>, or <see cref="ProcessLine"/> for whole lines), prompts,
/// GMCP/MSDP messages, the user's input line (<see cref="ProcessInput"/>), time passing
/// (<see cref="Tick"/>), and the console (<see cref="Evaluate"/>). Script errors never escape: they
/// become <see cref="ScriptOutput"/> records with file and line. Not thread-safe and not
/// re-entrant: the Session's thread makes every call, and the host must not call back in.
/// </summary>
public sealed partial class ScriptEngine : IDisposable
{
    /// <summary>Output records kept for the script pane.</summary>
    public const int MaxOutputRecords = 2000;

    /// <summary>Longest text one send()/echo()/log() takes.</summary>
    public const int MaxTextChars = 64 * 1024;

    /// <summary>Largest script file loaded.</summary>
    public const int MaxScriptBytes = 1024 * 1024;

    /// <summary>Consecutive errors after which a callback's item is switched off.</summary>
    public const int MaxConsecutiveFailures = 10;

    private readonly IScriptHost _host;
    private readonly ScriptLimits _limits;
    private readonly PatternCache _patterns = new();
    private readonly List<ScriptOutput> _output = [];
    private readonly List<LoadedScript> _scripts = [];
    private readonly LineAssembler _assembler = new();
    private readonly ConsoleHistory _history = new();
    private readonly ScriptApi _api;
    private ScriptRuntime? _runtime;
    private ScriptLoadPlan _plan = ScriptLoadPlan.Empty;
    private ScriptFolders _folders = new("", null);
    private ScriptFiles _files = new("");
    private int _depth;
    private bool _reloadRequested;
    private bool _disposed;

    public ScriptEngine(IScriptHost host, ScriptLimits? limits = null)
    {
        _host = host;
        _limits = limits ?? new ScriptLimits();
        _api = new ScriptApi(this);
        _runtime = new ScriptRuntime(_api, _limits);
    }

    /// <summary>A script's main chunk finished (returned or failed), possibly long after it was loaded.</summary>
    public event Action<ScriptInfo>? ScriptFinished;

    public IScriptHost Host => _host;

    public ScriptLimits Limits => _limits;

    /// <summary>The scripts loaded, in load order.</summary>
    public IReadOnlyList<ScriptInfo> Scripts => _scripts.Select(Describe).ToList();

    /// <summary>Recent output and errors, oldest first (at most <see cref="MaxOutputRecords"/>).</summary>
    public IReadOnlyList<ScriptOutput> Output => _output;

    public ConsoleHistory History => _history;

    /// <summary>Bytes the Lua state holds, and its cap.</summary>
    public (long Used, long Peak, long Limit) Memory => _runtime is { } rt ? (rt.MemoryUsed, rt.MemoryPeak, rt.MemoryLimit) : (0, 0, _limits.MemoryBytes);

    /// <summary>A script is running right now (the engine cannot be entered until it returns).</summary>
    public bool IsBusy => _runtime?.IsRunning == true;

    internal LineContext? CurrentLine => _line;

    internal ScriptFiles Files => _files;

    internal ScriptFolders Folders => _folders;

    /// <summary>reload() from a script: done once the current callback has returned.</summary>
    internal void RequestReload() => _reloadRequested = true;

    /// <summary>Tasks parked in wait_for/expect/sleep.</summary>
    public int WaitingTasks => _waiters.Count;

    /// <summary>
    /// Starts over with <paramref name="plan"/>: a fresh Lua state, the host entry's TOML triggers
    /// and aliases, then global/*.lua, hosts/ID/*.lua and the scripts the entry names.
    /// </summary>
    public void Load(ScriptLoadPlan plan)
    {
        using var _ = Enter();
        _plan = plan;
        Restart();
    }

    /// <summary>Reloads everything from the current plan (what reload() in a script does, after its callback).</summary>
    public void Reload()
    {
        using var _ = Enter();
        Restart();
        Note("scripts reloaded");
    }

    /// <summary>Loads and runs one more script file (the headless runner's script, or a console "load").</summary>
    public ScriptInfo RunFile(string path)
    {
        using var _ = Enter();
        var full = Path.GetFullPath(path);
        return Describe(LoadFile(full, _folders.DisplayName(full)));
    }

    /// <summary>Runs <paramref name="code"/> as a script named <paramref name="name"/>.</summary>
    public ScriptInfo RunString(string code, string name)
    {
        using var _ = Enter();
        return Describe(LoadSource(Encoding.UTF8.GetBytes(code), name, name));
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _runtime?.Dispose();
        _runtime = null;
    }

    private void Restart()
    {
        foreach (var w in _waiters)
            _runtime?.Discard(w.Task);
        _waiters.Clear();
        _fresh.Clear();
        ClearItems();
        _scripts.Clear();
        _runtime?.Dispose();
        _runtime = null;
        _runtime = new ScriptRuntime(_api, _limits);
        _folders = new ScriptFolders(_plan.ScriptsFolder, _plan.HostId);
        _files = new ScriptFiles(_folders.Root);
        RegisterConfigItems();
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        if (_plan.Autoload)
        {
            foreach (var file in _folders.AutoloadFiles())
            {
                if (loaded.Add(file))
                    LoadFile(file, _folders.DisplayName(file));
            }
        }
        foreach (var name in _plan.Scripts)
        {
            var file = _folders.ResolveNamed(name, out var searched);
            if (file is null)
            {
                Report(new ScriptFailure($"script '{name}' not found (looked for {string.Join(", ", searched)})", name, null));
                continue;
            }
            if (loaded.Add(file))
                LoadFile(file, _folders.DisplayName(file));
        }
    }

    private LoadedScript LoadFile(string path, string name)
    {
        byte[] source;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxScriptBytes)
                throw new IOException($"it is larger than {MaxScriptBytes} bytes");
            source = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var script = new LoadedScript(name, path) { State = ScriptState.Failed };
            script.Failure = new ScriptFailure($"cannot read {name}: {e.Message}", name, null);
            _scripts.Add(script);
            Report(script.Failure);
            return script;
        }
        return LoadSource(source, name, path);
    }

    private LoadedScript LoadSource(ReadOnlySpan<byte> source, string name, string path)
    {
        var script = new LoadedScript(name, path);
        _scripts.Add(script);
        var rt = _runtime!;
        var task = rt.Acquire();
        task.Owner = script;
        var failure = rt.Load(task, source, "@" + name);
        if (failure is not null)
        {
            rt.Release(task);
            script.State = ScriptState.Failed;
            script.Failure = failure;
            Report(failure);
            return script;
        }
        Run(task, 0, null);
        return script;
    }

    private ScriptInfo Describe(LoadedScript s) =>
        new(s.Name, s.Path, s.State, s.Failure, s.Enabled, _items.Values.Count(i => i.Script == s.Name));

    /// <summary>Marks an entry from the Session; the outermost one settles waits and runs a requested reload.</summary>
    private EntryScope Enter()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_runtime?.IsRunning == true)
            throw new InvalidOperationException("the script engine is not re-entrant: a script is running (do not call the engine from IScriptHost)");
        _depth++;
        return new EntryScope(this);
    }

    private void Leave()
    {
        if (--_depth > 0)
            return;
        Settle();
        if (_reloadRequested)
        {
            _reloadRequested = false;
            _depth++;
            try
            {
                Restart();
                Note("scripts reloaded");
            }
            finally
            {
                _depth--;
            }
        }
    }

    private readonly struct EntryScope(ScriptEngine engine) : IDisposable
    {
        public void Dispose() => engine.Leave();
    }

    internal void Write(ScriptOutputKind kind, string text, string? script = null, int? line = null, string? traceback = null)
    {
        if (text.Length > MaxTextChars)
            text = text[..MaxTextChars] + "…";
        var entry = new ScriptOutput(_host.Clock.GetUtcNow(), kind, text, script, line, traceback);
        if (_output.Count >= MaxOutputRecords)
            _output.RemoveRange(0, MaxOutputRecords / 4);
        _output.Add(entry);
        _host.Log(entry);
    }

    private void Note(string text) => Write(ScriptOutputKind.Info, text);

    private void Report(ScriptFailure failure) =>
        Write(ScriptOutputKind.Error, failure.Message, failure.Script, failure.Line, failure.Traceback);
}
