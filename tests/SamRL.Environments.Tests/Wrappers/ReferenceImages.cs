namespace SamRL.Environments.Tests.Wrappers;

/// <summary>
/// Straightforward, non-separable implementations of OpenCV's resize definitions, written from the definitions
/// (not from the production code), to check <c>ImageResizer</c> against.
/// </summary>
internal static class ReferenceImages
{
    /// <summary>INTER_LINEAR: sample at ((d + 0.5)·scale − 0.5), clamped into the image, interpolate the 4 neighbours.</summary>
    public static float[] Bilinear(float[] source, int height, int width, int newHeight, int newWidth)
    {
        var result = new float[newHeight * newWidth];
        for (var y = 0; y < newHeight; y++)
        {
            var sy = Math.Clamp(((y + 0.5) * height / newHeight) - 0.5, 0, height - 1);
            var y0 = (int)sy;
            var y1 = Math.Min(y0 + 1, height - 1);
            var fy = sy - y0;
            for (var x = 0; x < newWidth; x++)
            {
                var sx = Math.Clamp(((x + 0.5) * width / newWidth) - 0.5, 0, width - 1);
                var x0 = (int)sx;
                var x1 = Math.Min(x0 + 1, width - 1);
                var fx = sx - x0;
                double At(int r, int c) => source[(r * width) + c];
                result[(y * newWidth) + x] = (float)(
                    ((1 - fy) * (((1 - fx) * At(y0, x0)) + (fx * At(y0, x1)))) +
                    (fy * (((1 - fx) * At(y1, x0)) + (fx * At(y1, x1)))));
            }
        }

        return result;
    }

    /// <summary>INTER_AREA when shrinking: the exact average of the source over each destination pixel's footprint.</summary>
    public static float[] Area(float[] source, int height, int width, int newHeight, int newWidth)
    {
        var result = new float[newHeight * newWidth];
        for (var y = 0; y < newHeight; y++)
        {
            // Footprint [y·H/h, (y+1)·H/h) in exact rational form: multiply everything by newHeight.
            var top = (long)y * height;
            var bottom = (long)(y + 1) * height;
            for (var x = 0; x < newWidth; x++)
            {
                var left = (long)x * width;
                var right = (long)(x + 1) * width;
                double sum = 0;
                for (var r = 0; r < height; r++)
                {
                    var overlapY = Math.Min(bottom, (long)(r + 1) * newHeight) - Math.Max(top, (long)r * newHeight);
                    if (overlapY <= 0)
                    {
                        continue;
                    }

                    for (var c = 0; c < width; c++)
                    {
                        var overlapX = Math.Min(right, (long)(c + 1) * newWidth) - Math.Max(left, (long)c * newWidth);
                        if (overlapX > 0)
                        {
                            sum += (double)overlapY * overlapX * source[(r * width) + c];
                        }
                    }
                }

                result[(y * newWidth) + x] = (float)(sum / ((double)height * width));
            }
        }

        return result;
    }

    public static float[] Random(int length, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, length).Select(_ => (float)random.Next(256)).ToArray();
    }
}
