package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.ioc.it.support.IncidentPages.url;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.PhotoFiles;
import vn.smartcity.ioc.it.support.PortalPages;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * Citizens' photos: checked by content, the EXIF GPS position suggests the place, all metadata is stripped
 * before storage, and a photo becomes public only once staff approved it (portal, Open311).
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class ReportPhotosIT extends IocDeployment {

    @Test
    void aPhotosPositionPlacesTheReportItsMetadataIsGoneAndStaffDecideWhenItIsPublic() {
        Http citizen = Http.from("203.0.113.70");
        HttpResponse<String> receipt = PortalPages.reportWithPhotos(citizen, mapOf("lat", null, "lon", null, "address", null),
                List.of(PhotoFiles.jpeg("photos", "flood-tan-phong-gps.jpg")));
        assertEquals(200, receipt.statusCode());
        String code = PortalPages.trackingCode(receipt.body());
        assertTrue(receipt.body().contains("Đã nhận 1 ảnh."), receipt.body());
        assertTrue(receipt.body().contains("Địa điểm được lấy từ vị trí lưu trong ảnh"), "the place came from the photo");
        long incident = PortalPages.incidentId(PortalPages.track(citizen, code));

        Http operator = new Http();
        operator.login("operator", "demo");
        String page = operator.get(url(incident)).body();
        Matcher photo = Pattern.compile("data-photo=\"(\\d+)\" data-approved=\"false\"").matcher(page);
        assertTrue(photo.find(), "staff see the photo");
        long photoId = Long.parseLong(photo.group(1));
        HttpResponse<byte[]> stored = operator.getBytes("/console/photos/" + photoId);
        assertEquals(200, stored.statusCode());
        assertEquals("image/jpeg", stored.headers().firstValue("Content-Type").orElse(""));
        String bytes = new String(stored.body(), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("Exif") || bytes.contains("SecretCam") || bytes.contains("Nguyen Van A"), "no metadata kept");

        assertEquals(404, citizen.getBytes("/photos/" + photoId).statusCode(), "not public before approval");
        HttpResponse<byte[]> anonymous = citizen.getBytes("/console/photos/" + photoId);
        assertFalse(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                "the staff address needs a login (the login page comes instead)");
        String list = citizen.get("/portal/reports.xhtml?category=flooding").body();
        assertFalse(list.contains("/photos/" + photoId + "\""), "not listed before approval");

        Matcher approve = Pattern.compile("data-photo=\"" + photoId + "\".*?id=\"(photos:[^\"]*approve)\"", Pattern.DOTALL).matcher(page);
        assertTrue(approve.find(), page);
        page = operator.submit(page, "photos", approve.group(1).substring("photos:".length()), Map.of()).body();
        assertTrue(page.contains("data-photo=\"" + photoId + "\" data-approved=\"true\""), "approved");

        HttpResponse<byte[]> published = citizen.getBytes("/photos/" + photoId);
        assertEquals(200, published.statusCode());
        assertEquals("nosniff", published.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(citizen.get("/portal/reports.xhtml?category=flooding&status=open").body().contains("/photos/" + photoId + "\""),
                "listed once approved (a fresh query: list pages may be 10 s old)");
        JsonObject request = Json.createReader(new StringReader(citizen.get("/api/open311/v2/requests/"
                + reportId(citizen, code) + ".json").body())).readArray().getJsonObject(0);
        assertEquals("http://127.0.0.1:8080/ioc/photos/" + photoId, request.getString("media_url"));
    }

    @Test
    void aPhotoIsOpenedOnlyByStaffOfItsIncidentsDepartmentEveryLookIsLoggedAndContactsAreForThoseWhoCallBack() {
        // flooding in Tân Phong goes to the Department of Construction (SXD): "handler" is of it, "police-handler" is not
        Http citizen = Http.from("203.0.113.72");
        HttpResponse<String> receipt = PortalPages.reportWithPhotos(citizen, mapOf("name", "Lò Thị Mai", "phone", "0912345678"),
                List.of(PhotoFiles.jpeg("photos", "flood-tan-phong-gps.jpg")));
        assertEquals(200, receipt.statusCode(), receipt.body());
        long incident = PortalPages.incidentId(PortalPages.track(citizen, PortalPages.trackingCode(receipt.body())));
        Http operator = new Http();
        operator.login("operator", "demo");
        String page = operator.get(url(incident)).body();
        Matcher photo = Pattern.compile("data-photo=\"(\\d+)\"").matcher(page);
        assertTrue(photo.find(), page);
        long photoId = Long.parseLong(photo.group(1));
        assertTrue(page.contains("data-contact=\"shown\"") && page.contains("0912345678"), "the operator calls the citizen back");

        Http handler = new Http();
        handler.login("handler", "demo");
        assertEquals(200, handler.getBytes("/console/photos/" + photoId).statusCode(), "the incident's department");
        Http police = new Http();
        police.login("police-handler", "demo");
        assertEquals(403, police.getBytes("/console/photos/" + photoId).statusCode(), "another department: refused");
        Http officer = new Http();
        officer.login("traffic-officer", "demo");
        assertEquals(403, officer.getBytes("/console/photos/" + photoId).statusCode(), "a role without citizens' photos");

        Http analyst = new Http();
        analyst.login("analyst", "demo");
        String analystPage = analyst.get(url(incident)).body();
        assertTrue(analystPage.contains("data-contact=\"hidden\""), "analysts see the report without contact details");
        assertFalse(analystPage.contains("0912345678") || analystPage.contains("Lò Thị Mai"), "no phone, no name");
        Http auditor = new Http();
        auditor.login("auditor", "demo");
        assertFalse(auditor.get(url(incident)).body().contains("0912345678"), "auditors neither");

        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        String log = supervisor.get("/console/incidents/photo-access.xhtml?photo=" + photoId).body();
        assertTrue(log.contains("data-accessed-by=\"handler\" data-action=\"VIEW\" data-allowed=\"true\""), log);
        assertTrue(log.contains("data-accessed-by=\"police-handler\" data-action=\"VIEW\" data-allowed=\"false\""),
                "a refused look is logged too: " + log);
        assertEquals(403, handler.get("/console/incidents/photo-access.xhtml?photo=" + photoId).statusCode(),
                "the log is for supervision");
    }

    @Test
    void aFileThatIsNotAPhotoTooManyPhotosOrATooLargeOneAreRefusedAndNothingIsStored() {
        Http citizen = Http.from("203.0.113.71");
        long before = count(citizen);
        String html = PortalPages.reportWithPhotos(citizen, Map.of(),
                List.of(new Http.Upload("photos", "flood.jpg", "image/jpeg", PhotoFiles.read("not-a-photo.jpg")))).body();
        assertTrue(html.contains("Có tệp không phải là ảnh"), html);
        String six = PortalPages.reportWithPhotos(citizen, Map.of(),
                Collections.nCopies(6, PhotoFiles.jpeg("photos", "flood-tan-phong-gps.jpg"))).body();
        assertTrue(six.contains("Mỗi phản ánh tối đa 5 ảnh."), six);
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(PhotoFiles.read("flood-tan-phong-gps.jpg"), 0, big, 0, 100);
        String large = PortalPages.reportWithPhotos(citizen, Map.of(),
                List.of(new Http.Upload("photos", "big.jpg", "image/jpeg", big))).body();
        assertTrue(large.contains("Có ảnh quá lớn"), large);
        assertEquals(before, count(citizen), "nothing stored");
    }

    private static long reportId(Http http, String code) {
        return Json.createReader(new StringReader(http.get("/api/open311/v2/tokens/" + code + ".json").body()))
                .readArray().getJsonObject(0).getJsonNumber("service_request_id").longValue();
    }

    private static long count(Http http) {
        return Json.createReader(new StringReader(http.get("/api/open311/v2/requests.json").body())).readArray().size();
    }

    private static Map<String, String> mapOf(String... kv) {
        Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }
}
