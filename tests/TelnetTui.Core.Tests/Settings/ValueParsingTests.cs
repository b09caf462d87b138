using System.Text;
using TelnetTui.Core.Book;
using TelnetTui.Core.Settings;

namespace TelnetTui.Core.Tests.Settings;

/// <summary>The small values settings hold, parsed the way people write them.</summary>
public class ValueParsingTests
{
    [Theory]
    [InlineData("Alt+B", "Alt+B")]
    [InlineData("alt+b", "Alt+B")]
    [InlineData("F1", "F1")]
    [InlineData("f24", "F24")]
    [InlineData("Ctrl+]", "Ctrl+]")]
    [InlineData("Ctrl++", "Ctrl++")]
    [InlineData("+", "+")]
    [InlineData("Shift+Alt+Ctrl+PageUp", "Ctrl+Alt+Shift+PageUp")]
    [InlineData("Control+Escape", "Ctrl+Esc")]
    [InlineData("Meta+x", "Alt+X")]
    [InlineData("Shift+pgdn", "Shift+PageDown")]
    public void Key_chords_parse_to_their_canonical_form(string text, string canonical) =>
        Assert.Equal(canonical, KeyChord.Parse(text).ToString());

    [Theory]
    [InlineData("", "no key given")]
    [InlineData("Hyper+X", "'Hyper' is not a modifier (use Ctrl, Alt or Shift)")]
    [InlineData("Alt+Alt+X", "Alt is given twice")]
    [InlineData("F25", "'F25' is not a key")]
    [InlineData("Ctrl+AB", "'AB' is not a key")]
    public void Bad_key_chords_say_why(string text, string problem)
    {
        Assert.False(KeyChord.TryParse(text, out _, out var why));
        Assert.Equal(problem, why);
    }

    [Fact]
    public void Default_key_bindings_are_all_different()
    {
        var chords = KeyBindings.Defaults.Values.ToList();
        Assert.Equal(chords.Count, chords.Distinct().Count());
    }

    [Theory]
    [InlineData("80x25", 80, 25)]
    [InlineData("132X50", 132, 50)]
    [InlineData("65535x1", 65535, 1)]
    public void Terminal_sizes_parse(string text, int columns, int rows)
    {
        Assert.True(TerminalSize.TryParse(text, out var size));
        Assert.Equal(new TerminalSize(columns, rows), size);
        Assert.Equal($"{columns}x{rows}", size.ToString());
    }

    [Theory]
    [InlineData("80")]
    [InlineData("0x25")]
    [InlineData("80x65536")]
    [InlineData("80 x 25")]
    [InlineData("-80x25")]
    public void Bad_terminal_sizes_are_refused(string text) => Assert.False(TerminalSize.TryParse(text, out _));

    [Theory]
    [InlineData("prompt", PasswordSourceKind.Prompt, null)]
    [InlineData("none", PasswordSourceKind.None, null)]
    [InlineData("env:MUD_PASSWORD", PasswordSourceKind.Environment, "MUD_PASSWORD")]
    public void Password_sources_parse_and_print_back(string text, PasswordSourceKind kind, string? variable)
    {
        Assert.True(PasswordSource.TryParse(text, out var source));
        Assert.Equal(new PasswordSource(kind, variable), source);
        Assert.Equal(text, source.ToString());
    }

    [Theory]
    [InlineData("hunter2")]
    [InlineData("env:")]
    [InlineData("env:1ABC")]
    [InlineData("env:A-B")]
    [InlineData("Prompt")]
    public void Anything_else_is_not_a_password_source(string text) => Assert.False(PasswordSource.TryParse(text, out _));

    [Fact]
    public void Certificate_pins_accept_colons_or_plain_hex_and_match_a_hash()
    {
        var hash = Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray();
        var hex = Convert.ToHexString(hash);
        Assert.True(CertificatePin.TryParse("sha256:" + string.Join(':', hex.Chunk(2).Select(c => new string(c))), out var withColons));
        Assert.True(CertificatePin.TryParse(hex.ToLowerInvariant(), out var plain));
        Assert.Equal(withColons, plain);
        Assert.True(plain.Value.Matches(hash));
        Assert.False(plain.Value.Matches(new byte[32]));
        Assert.Equal(withColons.ToString(), CertificatePin.Parse(withColons.ToString()!).ToString());
        Assert.False(CertificatePin.TryParse("sha256:1234", out _));
        Assert.False(CertificatePin.TryParse("md5:" + hex, out _));
    }

    /// <summary>Every encoding the settings accept can be made by .NET (with the code-page provider registered); cp437 too, though the terminal uses its own table.</summary>
    [Fact]
    public void Every_known_encoding_is_available()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        foreach (var (name, dotnet) in KnownEncodings.DotNetNames)
            Assert.NotNull(Encoding.GetEncoding(dotnet ?? "ibm437"));
        Assert.Equal("iso-8859-1", KnownEncodings.Canonical("latin1"));
        Assert.Equal("iso-8859-1", KnownEncodings.Canonical("ISO-8859-1"));
        Assert.Equal("cp437", KnownEncodings.Canonical("IBM437"));
        Assert.Equal("cp1252", KnownEncodings.Canonical("windows-1252"));
        Assert.Null(KnownEncodings.Canonical("klingon"));
    }

    /// <summary>The names people write resolve through the one alias table (Telnet's CharsetNames), each to the settings' canonical name.</summary>
    [Theory]
    [InlineData("utf8", "utf-8")]
    [InlineData("ASCII", "us-ascii")]
    [InlineData("437", "cp437")]
    [InlineData("ibm850", "cp850")]
    [InlineData("IBM852", "cp852")]
    [InlineData("ibm866", "cp866")]
    [InlineData("latin-1", "iso-8859-1")]
    [InlineData("iso8859-1", "iso-8859-1")]
    [InlineData("latin2", "iso-8859-2")]
    [InlineData("latin9", "iso-8859-15")]
    [InlineData("windows-1250", "cp1250")]
    [InlineData("Windows-1251", "cp1251")]
    [InlineData("KOI8-U", "koi8-u")]
    [InlineData("sjis", "shift_jis")]
    [InlineData("shift-jis", "shift_jis")]
    [InlineData(" Big5 ", "big5")]
    public void Encoding_aliases_resolve_to_the_canonical_name(string written, string canonical)
        => Assert.Equal(canonical, KnownEncodings.Canonical(written));

    [Theory]
    [InlineData("naws", "naws")]
    [InlineData("NAWS", "naws")]
    [InlineData("31", "naws")]
    [InlineData("201", "gmcp")]
    [InlineData("150", "150")]
    [InlineData("256", null)]
    [InlineData("fancy", null)]
    public void Telnet_option_keys_are_names_or_codes(string key, string? canonical) =>
        Assert.Equal(canonical, KnownTelnetOptions.Canonical(key));

    [Fact]
    public void Reconnect_backoff_doubles_up_to_the_maximum()
    {
        var r = new AutoReconnect(true, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30), 0);
        Assert.Equal([2, 4, 8, 16, 30, 30], Enumerable.Range(1, 6).Select(n => r.DelayBefore(n).TotalSeconds));
    }
}
