using System.Buffers;
using TelnetTui.Telnet.Sending;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Sending;

/// <summary>Issue item 2: IAC doubled everywhere; newline per the Enter-key setting; raw in BINARY (CR for a key, LF ending a line, as BSD telnet sends).</summary>
public class TelnetEncoderTests
{
    [Theory]
    [InlineData("\"a\" FF \"b\"", false, "\"a\" FF FF \"b\"")]
    [InlineData("FF FF", true, "FF FF FF FF")]
    [InlineData("\"a\\r\\nb\"", false, "\"a\\r\\nb\"")]
    [InlineData("\"a\\rb\\r\"", false, "\"a\\r\\0b\\r\\0\"")]
    [InlineData("\"a\\r\\0\"", false, "\"a\\r\\0\\0\"")]
    [InlineData("\"a\\rb\\r\"", true, "\"a\\rb\\r\"")]
    public void Data(string data, bool binary, string wire)
    {
        var w = new ArrayBufferWriter<byte>();
        TelnetEncoder.WriteData(w, B(data), binary);
        Assert.Equal(B(wire), w.WrittenSpan.ToArray());
    }

    [Fact]
    public void Subnegotiation_payloads_have_IAC_doubled()
        => Assert.Equal(B("IAC SB NAWS 00 FF FF 00 18 IAC SE"), TelnetEncoder.Subnegotiation(31, B("00 FF 00 18")));

    [Theory]
    [InlineData(EnterKeyMode.CrLf, false, "\"\\r\\n\"", "\"\\r\\n\"")]
    [InlineData(EnterKeyMode.CrNul, false, "\"\\r\\0\"", "\"\\r\\0\"")]
    [InlineData(EnterKeyMode.Cr, false, "\"\\r\\0\"", "\"\\r\\0\"")]
    [InlineData(EnterKeyMode.Lf, false, "\"\\n\"", "\"\\n\"")]
    [InlineData(EnterKeyMode.CrLf, true, "\"\\r\"", "\"\\n\"")]
    [InlineData(EnterKeyMode.CrNul, true, "\"\\r\"", "\"\\n\"")]
    [InlineData(EnterKeyMode.Cr, true, "\"\\r\"", "\"\\n\"")]
    [InlineData(EnterKeyMode.Lf, true, "\"\\n\"", "\"\\n\"")]
    public void Enter_key_and_line_end(EnterKeyMode mode, bool binary, string key, string line)
    {
        Assert.Equal(B(key), TelnetEncoder.EnterKey(mode, binary).ToArray());
        Assert.Equal(B(line), TelnetEncoder.LineEnd(mode, binary).ToArray());
    }
}
