using System.Text;

namespace TelnetTui.Telnet.Connection;

/// <summary>Finds a .NET encoding for a character set name (code pages included).</summary>
public static class TextEncodings
{
    static TextEncodings() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding for <paramref name="name"/>, or null when .NET has none.</summary>
    public static System.Text.Encoding? TryGet(string name)
    {
        try
        {
            return System.Text.Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
