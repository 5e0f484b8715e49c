/*
 * The media page's live article stream: every 20 s asks /console/media/stream.json (the page's topic, if any)
 * and puts the articles not shown yet at the top of #articleLive, as text (never as HTML), at most 30.
 */
(function () {
    'use strict';
    var list = document.getElementById('articleLive');
    if (!list || !window.fetch) {
        return;
    }
    var seen = {};
    var first = true;
    var url = list.getAttribute('data-url');

    function item(a) {
        var li = document.createElement('li');
        li.className = 'ioc-sentiment-' + a.sentiment;
        li.setAttribute('data-article', a.id);
        var when = new Date(a.publishedAt).toLocaleString();
        var text = when + ' · ' + a.source + ' · ' + a.title + ' (' + a.sentiment.toLowerCase() + ', ' + a.score + ')'
            + (a.topics.length ? ' · ' + a.topics.join(', ') : '');
        if (a.url && /^https?:\/\//.test(a.url)) {
            var link = document.createElement('a');
            link.href = a.url;
            link.rel = 'noopener noreferrer';
            link.target = '_blank';
            link.textContent = text;
            li.appendChild(link);
        } else {
            li.textContent = text;
        }
        return li;
    }

    function poll() {
        fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (r) { return r.ok ? r.json() : []; })
            .then(function (articles) {
                articles.slice().reverse().forEach(function (a) {
                    if (seen[a.id]) {
                        return;
                    }
                    seen[a.id] = true;
                    var li = item(a);
                    if (!first) {
                        li.classList.add('ioc-new');
                    }
                    list.insertBefore(li, list.firstChild);
                });
                while (list.children.length > 30) {
                    list.removeChild(list.lastChild);
                }
                first = false;
            })
            .catch(function () { /* the next poll tries again */ });
    }
    poll();
    setInterval(poll, 20000);
}());
