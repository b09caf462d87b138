using System.Net.Sockets;
using TelnetTui.App;
using TelnetTui.App.Tests.Support;
using TelnetTui.Core.Book;
using TelnetTui.Core.Sessions;
using TelnetTui.Panes.Book;
using TelnetTui.Telnet.Transport;
using TelnetTui.Tui.Input;

namespace TelnetTui.App.Tests.Panes;

/// <summary>
/// Issue 8 §2: each connection fault (refused, DNS failure, timeout, untrusted or changed TLS certificate,
/// a TLS host reached in plain telnet) gives its own message on the status line and in the book's details
/// for that host; getting online clears the book's note.
/// </summary>
public sealed class ConnectionFaultTests
{
    private const string Book = """
        [hosts.castle]
        name = "Castle"
        host = "castle.example"
        port = 4000

        [hosts.vault]
        name = "Vault"
        host = "vault.example"
        port = 992
        tls = true

        [hosts.keep]
        name = "Keep"
        host = "keep.example"
        port = 992
        tls = true
        tls_fingerprint = "sha256:ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB"
        """;

    private const string BookOpen = "[ui.panes]\nbook = { open = true, size = 90 }\n";

    public static TheoryData<string, string> Faults() => new()
    {
        { "refused", "Connection refused by castle.example:4000" },
        { "dns", "castle.example" },
        { "timeout", "Connecting to castle.example:4000 timed out" },
        { "untrusted", "TLS: the certificate of vault.example is not trusted" },
        { "changed", "TLS: the certificate of keep.example has CHANGED" },
    };

    private static (string Host, Exception Error) Fault(string kind) => kind switch
    {
        "refused" => ("Castle", new SocketException((int)SocketError.ConnectionRefused)),
        "dns" => ("Castle", new SocketException((int)SocketError.HostNotFound)),
        "timeout" => ("Castle", new TimeoutException("no answer")),
        "untrusted" => ("Vault", new TelnetTlsException("TLS: the certificate was rejected (RemoteCertificateChainErrors)")),
        "changed" => ("Keep", new CertificatePinMismatchException("sha256:AB:AB", "sha256:CD:CD")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static async Task<(string Status, string Details, CloseReason Reason)> FailAsync(string kind)
    {
        var (host, error) = Fault(kind);
        await using var h = AppHarness.Create(200, 30, BookOpen, Book);
        h.Host.Fault = error;
        h.Type(host);
        h.Key(Key.Enter);
        h.Pump(() => h.Session?.State == SessionState.Closed, "the failed connection");
        var reason = h.Session!.CloseReason!;
        // The book beside the terminal shows why the selected host's last attempt failed.
        h.Settle();
        var lines = h.Lines();
        return (lines[^1], string.Join('\n', lines), reason);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_connection_fault_shows_its_own_message_on_the_status_line_and_in_the_book(string kind, string expected)
    {
        var (status, screen, reason) = await FailAsync(kind);
        Assert.True(reason.IsConnectFailure);
        Assert.Contains(expected, reason.Message, StringComparison.Ordinal);
        Assert.Contains(reason.Message[..Math.Min(60, reason.Message.Length)], status, StringComparison.Ordinal);
        Assert.Contains(" closed: ", status, StringComparison.Ordinal);
        Assert.Contains(BookPane.FaultPrefix + reason.Message[..Math.Min(60, reason.Message.Length)], screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_fault_kind_reads_differently()
    {
        var messages = new List<string>();
        foreach (var kind in new[] { "refused", "dns", "timeout", "untrusted", "changed" })
            messages.Add((await FailAsync(kind)).Reason.Message);
        Assert.Equal(messages.Count, messages.Distinct().Count());
    }

    [Fact]
    public async Task A_plain_connection_to_a_host_the_book_marks_TLS_is_refused_before_any_connect()
    {
        // `telnettui vault.example 992`: the address is the book's TLS entry, typed without TLS (HostResolver).
        var launch = new LaunchRequest { Target = new ResolvedHost(new HostEntry { Id = "vault", Name = "Vault", Host = "vault.example", Port = 992, Tls = true }, false, true) };
        await using var h = AppHarness.Create(200, 30, BookOpen, Book, launch);
        h.Pump(() => h.Session?.State == SessionState.Closed, "the refusal");
        Assert.Equal(CloseKind.TlsRequired, h.Session!.CloseReason!.Kind);
        Assert.Equal(0, h.Host.Connects); // the host never saw a plain connection
        h.App.Book.SelectHost("vault");
        h.Settle();
        var screen = h.Text();
        Assert.Contains("vault.example is marked TLS in the connection book", h.Lines()[^1], StringComparison.Ordinal);
        Assert.Contains(BookPane.FaultPrefix + "vault.example is marked TLS", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Getting_online_clears_the_books_note()
    {
        await using var h = AppHarness.Create(200, 30, BookOpen, Book);
        h.Host.Refuse = true;
        h.Type("Castle");
        h.Key(Key.Enter);
        h.Pump(() => h.Session?.State == SessionState.Closed, "the refusal");
        Assert.NotNull(h.App.State.LastFault("castle"));
        h.Host.Refuse = false;
        h.Key(KeyEvent.Char('r', KeyModifiers.Alt));
        h.Pump(() => h.Session?.State is SessionState.Negotiating or SessionState.Online, "the reconnect");
        h.FromHost("hello\r\n", () => h.Session!.State == SessionState.Online);
        Assert.Null(h.App.State.LastFault("castle"));
        h.Settle();
        Assert.DoesNotContain(BookPane.FaultPrefix, h.Text(), StringComparison.Ordinal);
    }
}
