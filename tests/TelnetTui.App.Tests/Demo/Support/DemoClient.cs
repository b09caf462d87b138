using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.Telnet.Connection;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Values;

namespace TelnetTui.App.Tests.Demo.Support;

/// <summary>
/// A test client of the demo server: our own telnet engine (client role) over loopback, with everything it
/// receives recorded in order: the data bytes, where each prompt mark fell in them, GMCP/MSDP/MSSP
/// messages and negotiation records.
/// </summary>
internal sealed class DemoClient : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private readonly object _gate = new();
    private readonly List<byte> _data = [];
    private readonly List<(int Offset, PromptMark Mark)> _prompts = [];
    private readonly List<MudMessage> _messages = [];
    private readonly List<NegotiationRecord> _records = [];
    private TelnetChannel? _channel;

    public TelnetChannel Channel => _channel!;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<DemoClient> ConnectAsync(int port, Action<TelnetChannelOptions>? configure = null)
    {
        var client = new DemoClient();
        var options = new TelnetChannelOptions { DefaultTimeout = Wait };
        configure?.Invoke(options);
        var before = options.BeforeStart;
        options.BeforeStart = engine =>
        {
            before?.Invoke(engine);
            client.Attach(engine);
        };
        client._channel = await TelnetClient.ConnectAsync("127.0.0.1", port, options, Ct);
        return client;
    }

    /// <summary>Every data byte received so far.</summary>
    public byte[] Data
    {
        get
        {
            lock (_gate)
                return [.. _data];
        }
    }

    public int DataLength
    {
        get
        {
            lock (_gate)
                return _data.Count;
        }
    }

    /// <summary>Received data as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Data);

    /// <summary>Received data from byte <paramref name="offset"/> on, as UTF-8 text.</summary>
    public string TextFrom(int offset)
    {
        var data = Data;
        return Encoding.UTF8.GetString(data, offset, data.Length - offset);
    }

    /// <summary>Received text from byte <paramref name="offset"/> on, without SGR colour sequences.</summary>
    public string PlainFrom(int offset) => Regex.Replace(TextFrom(offset), "\x1b\\[[0-9;]*m", "");

    public IReadOnlyList<(int Offset, PromptMark Mark)> Prompts
    {
        get
        {
            lock (_gate)
                return [.. _prompts];
        }
    }

    public IReadOnlyList<MudMessage> Messages
    {
        get
        {
            lock (_gate)
                return [.. _messages];
        }
    }

    public IReadOnlyList<NegotiationRecord> Records
    {
        get
        {
            lock (_gate)
                return [.. _records];
        }
    }

    public bool IsEnabled(TelnetSide side, byte option) => Channel.Query(e => e.IsEnabled(side, option));

    /// <summary>Waits until <paramref name="probe"/> returns a value (polling), or fails the test saying what was awaited.</summary>
    public async Task<T> WaitForAsync<T>(Func<DemoClient, T?> probe, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Wait;
        var start = Stopwatch.GetTimestamp();
        while (true)
        {
            var value = probe(this);
            if (value is not null && !Equals(value, false))
                return value;
            if (Stopwatch.GetElapsedTime(start) > limit)
                Assert.Fail($"timed out waiting for {what}; received so far:\n{Tail(Text)}");
            await Task.Delay(15, Ct);
        }
    }

    /// <summary>Waits for <paramref name="pattern"/> in the text received after byte <paramref name="from"/>; returns the match.</summary>
    public Task<Match> WaitForTextAsync(string pattern, int from = 0, TimeSpan? timeout = null)
        => WaitForAsync(c =>
        {
            var data = c.Data;
            var text = Encoding.UTF8.GetString(data, Math.Min(from, data.Length), data.Length - Math.Min(from, data.Length));
            var m = Regex.Match(text, pattern);
            return m.Success ? m : null;
        }, $"/{pattern}/", timeout);

    /// <summary>Waits for a prompt mark after byte <paramref name="from"/>; returns the text from there up to it.</summary>
    public async Task<string> WaitForPromptAsync(int from, TimeSpan? timeout = null)
        => Encoding.UTF8.GetString(await WaitForPromptBytesAsync(from, timeout));

    /// <summary>Waits for a prompt mark after byte <paramref name="from"/>; returns the data bytes from there up to it.</summary>
    public Task<byte[]> WaitForPromptBytesAsync(int from, TimeSpan? timeout = null)
        => WaitForAsync(c =>
        {
            // Data and prompt marks from one moment: a mark is never past the data it ends.
            lock (c._gate)
            {
                foreach (var (offset, _) in c._prompts)
                {
                    if (offset > from)
                        return c._data.GetRange(from, offset - from).ToArray();
                }
            }
            return null;
        }, "a prompt", timeout);

    /// <summary>Sends a line and waits for the prompt that answers it; returns the text in between.</summary>
    public async Task<string> CommandAsync(string line)
    {
        var from = DataLength;
        await Channel.WriteLineAsync(line);
        return await WaitForPromptAsync(from);
    }

    public Task<MudMessage> WaitForMessageAsync(Func<MudMessage, bool> match, string what, int after = 0)
        => WaitForAsync(c => c.Messages.Skip(after).FirstOrDefault(match), what);

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
            await _channel.DisposeAsync();
    }

    private void Attach(TelnetEngine engine)
    {
        engine.DataReceived += bytes =>
        {
            lock (_gate)
            {
                _data.AddRange(bytes);
            }
        };
        engine.PromptReceived += mark =>
        {
            lock (_gate)
                _prompts.Add((_data.Count, mark));
        };
        engine.MudMessageReceived += m =>
        {
            lock (_gate)
                _messages.Add(m);
        };
        engine.Recorded += r =>
        {
            lock (_gate)
                _records.Add(r);
        };
    }

    private static string Tail(string text) => text.Length <= 3000 ? text : "…" + text[^3000..];
}
