import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.smartcity.ioc.media.domain.SentimentScorer;
import vn.smartcity.ioc.media.domain.TopicQuery;
import vn.smartcity.ioc.media.domain.VietnameseText;

/**
 * Articles per second matched against 100 topics (docs/perf.md): what FeedPolling does for each new article
 * (fold the title and text, evaluate every active topic's query, score the sentiment), on generated
 * Vietnamese articles of about 60 words. One thread.
 *
 * java -cp ejb/target/classes bench/MediaMatch.java [articles] [topics]
 */
public class MediaMatch {

    static final String[] PLACES = {"Lai Châu", "Tam Đường", "Tân Phong", "Đoàn Kết", "Sìn Hồ", "Phong Thổ", "Mường Tè",
            "Than Uyên", "Tân Uyên", "Nậm Nhùn", "Hà Nội", "Điện Biên", "Lào Cai", "Sơn La", "Yên Bái"};
    static final String[] THINGS = {"sạt lở", "ngập úng", "lũ quét", "tai nạn", "cháy rừng", "mưa đá", "rét hại",
            "giao thông", "du lịch", "nông nghiệp", "trường học", "bệnh viện", "dịch vụ công", "đầu tư", "khánh thành"};
    static final String[] FILLER = ("người dân cho biết trong ngày hôm qua chính quyền địa phương đã huy động lực lượng "
            + "tới hiện trường để hỗ trợ và khắc phục hậu quả theo báo cáo của ủy ban nhân dân tỉnh tình hình đang "
            + "được kiểm soát các cơ quan chức năng tiếp tục theo dõi rất nghiêm trọng không an toàn hiệu quả tốt").split(" ");

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int t = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Random r = new Random(42);
        List<TopicQuery> topics = new ArrayList<>();
        for (int i = 0; i < t; i++) {
            String q = "(\"" + PLACES[r.nextInt(PLACES.length)] + "\" OR \"" + PLACES[r.nextInt(PLACES.length)] + "\") AND (\""
                    + THINGS[r.nextInt(THINGS.length)] + "\" OR \"" + THINGS[r.nextInt(THINGS.length)] + "\")"
                    + (i % 3 == 0 ? " NOT \"" + THINGS[r.nextInt(THINGS.length)] + "\"" : "");
            topics.add(TopicQuery.parse(q));
        }
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder(THINGS[r.nextInt(THINGS.length)]).append(" ở ")
                    .append(PLACES[r.nextInt(PLACES.length)]).append(". ");
            for (int w = 0; w < 60; w++) {
                b.append(w % 17 == 5 ? THINGS[r.nextInt(THINGS.length)] : w % 23 == 7 ? PLACES[r.nextInt(PLACES.length)]
                        : FILLER[r.nextInt(FILLER.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            articles.add(b.toString());
        }
        SentimentScorer scorer = SentimentScorer.standard();
        for (int round = 1; round <= 3; round++) {
            long matches = 0;
            long start = System.nanoTime();
            for (String a : articles) {
                String folded = VietnameseText.fold(a);
                for (TopicQuery q : topics) {
                    if (q.matches(folded)) {
                        matches++;
                    }
                }
                scorer.score(a);
            }
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d articles x %d topics in %.2f s: %.0f articles/s (%d matches)%n",
                    round, n, t, secs, n / secs, matches);
        }
    }
}
