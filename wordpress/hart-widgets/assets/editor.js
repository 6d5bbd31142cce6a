/**
 * Block editor: one block per element (the blocks are registered in PHP, which renders them). Each block shows the
 * element itself through ServerSideRender, inert, with a control per documented attribute in the sidebar. All words
 * come translated from PHP in window.hartWidgetsEditor. Plain createElement calls: no build step.
 */
(function (wp, data) {
  if (!wp || !data) {
    return;
  }
  var el = wp.element.createElement;
  var components = wp.components;
  var blockEditor = wp.blockEditor;

  // A quick exit in a preview must never leave the editor and lose unsaved work.
  document.addEventListener('hart-exit', function (event) {
    event.preventDefault();
  });

  function control(name, spec, props) {
    var label = data.attributes[name] || name;
    var value = props.attributes[name];
    var set = function (next) {
      var change = {};
      change[name] = next;
      props.setAttributes(change);
    };
    if (spec.type === 'boolean') {
      return el(components.ToggleControl, { key: name, label: label, checked: !!value, onChange: set });
    }
    if (spec.type === 'enum') {
      var options = [{ value: '', label: data.default }].concat(
        spec.values.map(function (v) {
          return { value: v, label: data.values[v] || v };
        }),
      );
      return el(components.SelectControl, {
        key: name,
        label: label,
        value: value || '',
        options: options,
        onChange: set,
      });
    }
    return el(components.TextControl, {
      key: name,
      label: label,
      value: value || '',
      type: spec.type === 'number' ? 'number' : spec.type === 'url' ? 'url' : 'text',
      onChange: set,
    });
  }

  data.elements.forEach(function (element) {
    wp.blocks.registerBlockType(element.block, {
      edit: function (props) {
        var controls = Object.keys(element.attributes).map(function (name) {
          return control(name, element.attributes[name], props);
        });
        return el(
          wp.element.Fragment,
          null,
          el(blockEditor.InspectorControls, null, el(components.PanelBody, { title: data.panel }, controls)),
          el(
            'div',
            blockEditor.useBlockProps(),
            el(
              components.Disabled,
              null,
              el(wp.serverSideRender, { block: element.block, attributes: props.attributes }),
            ),
          ),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.hartWidgetsEditor);
