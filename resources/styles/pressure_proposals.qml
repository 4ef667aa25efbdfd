<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- RAL Zuid: ranked proposal areas; red = measured (gemeten), orange = prognosis (prognose); label "Nr. rang: n extra laadpunten" (set in the reader's language by adapters/style_language.py). -->
<qgis version="3.22.16" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" minScale="1e+08" maxScale="0" labelsEnabled="1">
  <renderer-v2 type="categorizedSymbol" attr="bron" enableorderby="0" forceraster="0" symbollevels="0" referencescale="-1">
    <categories>
      <category render="true" symbol="0" value="gemeten" label="measured"/>
      <category render="true" symbol="1" value="prognose" label="prognosis"/>
    </categories>
    <symbols>
      <symbol name="0" type="fill" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" value="227,26,28,120" type="QString"/>
            <Option name="outline_color" value="165,0,38,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.5" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop k="color" v="227,26,28,120"/>
          <prop k="outline_color" v="165,0,38,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.5"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
        </layer>
      </symbol>
      <symbol name="1" type="fill" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" value="253,141,60,120" type="QString"/>
            <Option name="outline_color" value="166,54,3,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.5" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop k="color" v="253,141,60,120"/>
          <prop k="outline_color" v="166,54,3,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.5"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="concat(&quot;rang&quot;, ': +', &quot;extra_laadpunten&quot;)" isExpression="1" fontFamily="DejaVu Sans" fontSize="8" fontSizeUnit="Point" textColor="40,40,40,255" fontWeight="75" namedStyle="" textOpacity="1" blendMode="0" multilineHeight="1" allowHtml="0">
        <text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="1" bufferNoFill="1" bufferJoinStyle="128" bufferBlendMode="0"/>
      </text-style>
      <placement placement="1" offsetType="0" dist="0" priority="5" centroidInside="1" centroidWhole="0" fitInPolygonOnly="0"/>
      <rendering obstacle="1" scaleVisibility="0" displayAll="0" upsidedownLabels="0" drawLabels="1" limitNumLabels="0" mergeLines="0" minFeatureSize="0" zIndex="0" labelPerPart="0" fontLimitPixelSize="0"/>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
</qgis>
