namespace TelnetTui.Tui.Rendering;

/// <summary>
/// Picks the colour depth from the environment the way terminal programs agree on: a setting wins;
/// NO_COLOR (no-color.org) turns colour off; COLORTERM=truecolor|24bit means 24-bit; a TERM naming
/// "direct" or "truecolor" too; a TERM with "256color" means 256; "dumb" means none; anything else 16.
/// </summary>
public static class ColorDepthDetector
{
    /// <param name="getEnvironment">Reads an environment variable (Environment.GetEnvironmentVariable in the app).</param>
    /// <param name="setting">The user's "colors" setting when not "auto".</param>
    public static ColorDepth Detect(Func<string, string?> getEnvironment, ColorDepth? setting = null)
    {
        if (setting is { } chosen)
            return chosen;
        if (!string.IsNullOrEmpty(getEnvironment("NO_COLOR")))
            return ColorDepth.Monochrome;
        var colorTerm = getEnvironment("COLORTERM") ?? "";
        if (colorTerm.Equals("truecolor", StringComparison.OrdinalIgnoreCase) || colorTerm.Equals("24bit", StringComparison.OrdinalIgnoreCase))
            return ColorDepth.TrueColor;
        var term = getEnvironment("TERM") ?? "";
        if (term.Length == 0 || term.Equals("dumb", StringComparison.OrdinalIgnoreCase))
            return ColorDepth.Monochrome;
        if (term.Contains("direct", StringComparison.OrdinalIgnoreCase) || term.Contains("truecolor", StringComparison.OrdinalIgnoreCase))
            return ColorDepth.TrueColor;
        if (term.Contains("256col", StringComparison.OrdinalIgnoreCase))
            return ColorDepth.Ansi256;
        return ColorDepth.Ansi16;
    }

    /// <summary>Parses a setting: "auto" (null), "none"/"mono", "16", "256", "truecolor"/"24bit".</summary>
    public static bool TryParseSetting(string text, out ColorDepth? depth)
    {
        depth = null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "auto":
                return true;
            case "none" or "mono" or "monochrome":
                depth = ColorDepth.Monochrome;
                return true;
            case "16" or "ansi" or "ansi16":
                depth = ColorDepth.Ansi16;
                return true;
            case "256" or "ansi256":
                depth = ColorDepth.Ansi256;
                return true;
            case "truecolor" or "24bit" or "rgb":
                depth = ColorDepth.TrueColor;
                return true;
            default:
                return false;
        }
    }
}
