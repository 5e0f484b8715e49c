package vn.smartcity.ioc.media.domain;

/**
 * Whether a topic's articles of the current hour are a spike against its baseline (the same topic's hourly
 * counts over the previous days): at least the topic's minimum, and above the baseline's mean by three
 * standard deviations (the deviation taken as at least 1, so a quiet topic needs a real jump).
 */
public final class SpikeDetector {

    private SpikeDetector() {
    }

    /** The mean of the hourly counts (hours without an article count as 0). */
    public static double mean(int[] hourly) {
        if (hourly.length == 0) {
            return 0;
        }
        double sum = 0;
        for (int c : hourly) {
            sum += c;
        }
        return sum / hourly.length;
    }

    public static boolean isSpike(int count, int minCount, int[] hourly) {
        if (count < minCount) {
            return false;
        }
        double mean = mean(hourly);
        double var = 0;
        for (int c : hourly) {
            var += (c - mean) * (c - mean);
        }
        double sd = hourly.length == 0 ? 1 : Math.max(1, Math.sqrt(var / hourly.length));
        return count > mean + 3 * sd;
    }
}
