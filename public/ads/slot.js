// Stand-in for an advertising network's script: served by us, loaded by the ad slot of result pages
// only when the visitor accepted « Publicité ». Like a real one, it fills every slot on the page
// (also those a later navigation adds) and keeps a visitor id in the ad_uid cookie (13 months).
(function () {
  'use strict';
  var COOKIE = 'ad_uid';
  var MAX_AGE = 13 * 30 * 24 * 60 * 60;

  function ensureVisitorId() {
    if (document.cookie.split('; ').some(function (pair) { return pair.indexOf(COOKIE + '=') === 0; })) return;
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    var id = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    var secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = COOKIE + '=' + id + '; Max-Age=' + MAX_AGE + '; Path=/; SameSite=Lax' + secure;
  }

  function fill(slot) {
    if (slot.childElementCount > 0) return;
    var label = document.createElement('p');
    label.className = 'text-xs font-semibold uppercase tracking-wide text-ink-600';
    label.textContent = 'Publicité';
    var title = document.createElement('p');
    title.className = 'mt-1 text-lg font-bold text-brand-950';
    title.textContent = 'Vous êtes auto-entrepreneur\u00a0?';
    var link = document.createElement('a');
    link.href = '/annonceurs';
    link.className = 'mt-2 font-semibold text-brand-700 underline';
    link.textContent = 'Publiez votre annonce, sans classement payant';
    var ad = document.createElement('div');
    ad.setAttribute('data-ad-house', 'true');
    ad.append(label, title, link);
    slot.replaceChildren(ad);
    ensureVisitorId();
  }

  function fillAll() {
    document.querySelectorAll('[data-ad-slot]').forEach(fill);
  }

  fillAll();
  new MutationObserver(fillAll).observe(document.body, { childList: true, subtree: true });
})();
