namespace TelnetTui.ChaosDriver;

/// <summary>The driver's command line: a command, then <c>--name value</c> pairs (<c>--on</c> may repeat).</summary>
public sealed class DriverOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string Command { get; private init; } = "";

    /// <summary><c>--on TEXT=REPLY</c>: when a line or prompt contains TEXT, send REPLY (once each, in order).</summary>
    public List<(string Text, string Reply)> Replies { get; } = [];

    public static DriverOptions Parse(string[] args)
    {
        if (args.Length == 0)
            throw new ArgumentException("no command");
        var options = new DriverOptions { Command = args[0] };
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"expected --name value at '{args[i]}'");
            var name = args[i][2..];
            if (name == "on")
            {
                var eq = args[i + 1].IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                    throw new ArgumentException("--on takes TEXT=REPLY");
                options.Replies.Add((args[i + 1][..eq], args[i + 1][(eq + 1)..]));
            }
            else
            {
                options._values[name] = args[i + 1];
            }
        }
        return options;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public string Require(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required");

    public int GetInt(string name, int fallback) => Get(name) is { } text
        ? int.TryParse(text, out var n) ? n : throw new ArgumentException($"--{name}: not a number: {text}")
        : fallback;
}
